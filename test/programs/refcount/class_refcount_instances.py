# Every instance of a heap type holds a reference to its class.
import sys
class C:
    pass
base = sys.getrefcount(C)
c1 = C()
print(sys.getrefcount(C) - base)
c2 = C()
c3 = C()
print(sys.getrefcount(C) - base)
objs = [C() for _ in range(10)]
print(sys.getrefcount(C) - base)
del objs
print(sys.getrefcount(C) - base)
del c1, c2, c3
print(sys.getrefcount(C) - base)
class D(C):
    pass
before = sys.getrefcount(C)
d = D()
print(sys.getrefcount(C) - before, sys.getrefcount(D) > 1)
