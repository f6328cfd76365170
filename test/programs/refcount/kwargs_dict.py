# Objects passed through **kwargs are held by the kwargs dict.
import sys
def f(**kwargs):
    return {k: sys.getrefcount(kwargs[k]) for k in kwargs}
def g(**kwargs):
    return sys.getrefcount(kwargs)
a = []
print(f(x=a, y=a, z=[]))
print(g(), g(k=a))
def h(*, key):
    return sys.getrefcount(key)
print(h(key=a))
