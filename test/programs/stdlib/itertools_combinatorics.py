# product/permutations/combinations counts and orders
from itertools import product, permutations, combinations, combinations_with_replacement
from math import comb, perm, factorial
for n in range(5):
    for r in range(5):
        s = range(n)
        assert len(list(permutations(s, r))) == (perm(n, r) if r <= n else 0)
        assert len(list(combinations(s, r))) == comb(n, r)
        assert len(list(combinations_with_replacement(s, r))) == (comb(n + r - 1, r) if n else (1 if r == 0 else 0))
print("counts ok")
print(list(permutations('abcd'))[:8], len(list(permutations(range(5)))) == factorial(5))
print(list(combinations('abcde', 2)))
print(list(combinations_with_replacement([1, 2, 3], 3)))
print(list(product('xy', [1, 2], repeat=1)), len(list(product(range(3), repeat=4))))
print([''.join(p) for p in product('01', repeat=3)])
pool = [3, 1, 2]
print(list(permutations(pool, 2)), list(combinations(pool, 2)))
print(sum(1 for c in combinations(range(10), 4) if sum(c) == 18))
