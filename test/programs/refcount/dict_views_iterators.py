# Views and iterators hold a reference to their container.
import sys
d = {"a": 1}
print(sys.getrefcount(d))
k = d.keys()
v = d.values()
print(sys.getrefcount(d))
it = iter(d)
print(sys.getrefcount(d))
del k, v, it
print(sys.getrefcount(d))
l = [1, 2]
its = [iter(l), reversed(l)]
print(sys.getrefcount(l))
for _ in its[0]:
    pass
print(sys.getrefcount(l))
