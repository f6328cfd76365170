# Refcounts of objects bound to local variables.
import sys
def f():
    x = []
    print(sys.getrefcount(x))
    y = x
    print(sys.getrefcount(x))
    z = [x, x]
    print(sys.getrefcount(x))
    del y
    print(sys.getrefcount(x))
    z.clear()
    print(sys.getrefcount(x))
f()
