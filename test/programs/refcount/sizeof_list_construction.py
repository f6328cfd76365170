# sys.getsizeof of lists of the same length built in different ways.
import sys
for n in [0, 1, 5, 10, 100]:
    a = [None] * n
    b = []
    for _ in range(n):
        b.append(None)
    c = [None for _ in range(n)]
    d = list(range(n))
    e = list(a)
    f = a[:]
    print(n, sys.getsizeof(a), sys.getsizeof(b), sys.getsizeof(c), sys.getsizeof(d), sys.getsizeof(e), sys.getsizeof(f))
g = [1, 2, 3]
g.extend([4])
print(sys.getsizeof(g), sys.getsizeof([1, 2, 3, 4]), sys.getsizeof([*range(4)]))
