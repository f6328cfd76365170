# Refcounts of the weak reference objects themselves.
import sys
import weakref

class C:
    pass

o = C()
r = weakref.ref(o)
print(sys.getrefcount(r))
r2 = weakref.ref(o)
print(sys.getrefcount(r))
lst = [weakref.ref(o) for i in range(3)]
print(sys.getrefcount(r))
del lst, r2
print(sys.getrefcount(r))
def cb(w):
    pass
print(sys.getrefcount(cb))
rc = weakref.ref(o, cb)
print(sys.getrefcount(cb))
del o
print(sys.getrefcount(cb), rc.__callback__)
