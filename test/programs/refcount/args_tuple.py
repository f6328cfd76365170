# Objects passed through *args are held by the args tuple.
import sys
def f(*args):
    return [sys.getrefcount(v) for v in args]
def g(*args):
    return sys.getrefcount(args)
a, b = [], {}
print(f(a, b, a))
print(g(a), g(a, b))
def h(first, *rest):
    return sys.getrefcount(first), sys.getrefcount(rest[0])
print(h(a, b))
print(sys.getrefcount(a), sys.getrefcount(b))
