# del and rebinding release the reference immediately.
import sys
a = []
b = a
c = a
print(sys.getrefcount(a))
del c
print(sys.getrefcount(a))
b = "something else"
print(sys.getrefcount(a))
b = a
print(sys.getrefcount(a))
b = b
print(sys.getrefcount(a))
a, b = None, a
print(sys.getrefcount(b))
