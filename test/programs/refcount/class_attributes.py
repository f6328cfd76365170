# Class attributes are held by the class __dict__.
import sys
x = []
class C:
    attr = x
print(sys.getrefcount(x))
class D(C):
    pass
print(sys.getrefcount(x), D.attr is x)
C.second = x
print(sys.getrefcount(x))
del C.attr
print(sys.getrefcount(x))
