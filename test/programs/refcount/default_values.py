# Default argument values are held by __defaults__ / __kwdefaults__.
import sys
def f(x=[]):
    return sys.getrefcount(x)
print(f(), sys.getrefcount(f.__defaults__[0]))
shared = {}
def g(a=shared, *, b=shared):
    return sys.getrefcount(a)
print(sys.getrefcount(shared), g())
del g
print(sys.getrefcount(shared))
