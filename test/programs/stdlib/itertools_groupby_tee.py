# groupby semantics (shared underlying iterator, invalidated groups) and tee independence
from itertools import groupby, tee, islice, count

data = [('a', 1), ('a', 2), ('b', 3), ('a', 4)]
for key, grp in groupby(data, key=lambda t: t[0]):
    print(key, [v for _, v in grp])
groups = groupby('AAABBBCCD')
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, next(g2), list(g2))
print([k for k, _ in groupby('')], [(k, len(list(g))) for k, g in groupby([1, 1, 2, 2, 2, 1])])
gens = groupby(range(10), lambda n: n // 3)
saved = [(k, g) for k, g in gens]
print([(k, list(g)) for k, g in saved])
def noisy():
    for i in range(4):
        print("produce", i)
        yield i
x, y = tee(noisy())
print(next(x), next(x), next(y), list(x), list(y))
t1, t2, t3 = tee(count(), 3)
print(list(islice(t1, 3)), list(islice(t2, 2)), next(t3), next(t1))
copy_of = t1.__copy__()
print(next(copy_of), next(t1))
