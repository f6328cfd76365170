# Returned objects transfer their reference to the caller.
import sys
def make():
    return []
def passthrough(x):
    return x
a = make()
print(sys.getrefcount(a))
b = passthrough(a)
print(sys.getrefcount(a))
c = passthrough(passthrough(a))
print(sys.getrefcount(a))
print(sys.getrefcount(make()))
print(sys.getrefcount(passthrough(a)))
