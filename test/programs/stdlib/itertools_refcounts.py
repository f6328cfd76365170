# refcounts of objects held by itertools iterators
import sys
import itertools

x = object()
base = sys.getrefcount(x)
r = itertools.repeat(x, 3)
print("repeat", sys.getrefcount(x) - base)
print(sum(1 for _ in r), sys.getrefcount(x) - base)
del r
c = itertools.cycle([x])
print("cycle before", sys.getrefcount(x) - base)
next(c)
next(c)
del c
print("cycle gone", sys.getrefcount(x) - base)
a, b = itertools.tee([x, x, x])
next(a)
print("tee", sys.getrefcount(x) - base)
list(a)
list(b)
del a, b
print("tee gone", sys.getrefcount(x) - base)
items = [x] * 4
p = list(itertools.product(items[:2], repeat=2))
print("product", sys.getrefcount(x) - base, len(p))
del p, items
print("end", sys.getrefcount(x) - base)
acc = list(itertools.accumulate([1, 2, 3]))
print(acc)
