# A bound method holds references to its instance and function.
import sys
class C:
    def m(self):
        return sys.getrefcount(self)
c = C()
print(sys.getrefcount(c))
bm = c.m
print(sys.getrefcount(c))
ms = [c.m, c.m]
print(sys.getrefcount(c))
del ms
print(sys.getrefcount(c))
print(c.m())
print(bm())
del bm
print(sys.getrefcount(c))
