# sys.getsizeof of sets and frozensets as members are added.
import sys
s = set()
sizes = [sys.getsizeof(s)]
for i in range(100):
    s.add(i)
    sizes.append(sys.getsizeof(s))
print([(i, sizes[i]) for i in range(len(sizes)) if i == 0 or sizes[i] != sizes[i - 1]])
print(sys.getsizeof(frozenset()), sys.getsizeof(frozenset(range(3))), sys.getsizeof(frozenset(range(10))))
print(sys.getsizeof(set(range(5))), sys.getsizeof({1, 2, 3, 4, 5}))
