# Inside f(x) the argument is referenced by the caller's binding, the parameter and the call.
import sys
def f(x):
    return sys.getrefcount(x)
def g(x, y):
    return sys.getrefcount(x), sys.getrefcount(y)
a = []
print(f(a))
print(g(a, a))
print(f([]))
print(f(object()))
def h(x):
    inner = x
    return sys.getrefcount(x)
print(h(a), sys.getrefcount(a))
