# Weak references do not count: the referent's refcount is unchanged by refs, proxies, callbacks.
import sys
import weakref

class C:
    pass

o = C()
print(sys.getrefcount(o))
r = weakref.ref(o)
print(sys.getrefcount(o))
p = weakref.proxy(o)
rs = [weakref.ref(o, lambda w: None) for i in range(5)]
print(sys.getrefcount(o))
x = r()
print(sys.getrefcount(o))
del x
print(sys.getrefcount(o), weakref.getweakrefcount(o))
