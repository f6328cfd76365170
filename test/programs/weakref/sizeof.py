# sys.getsizeof of weak references, proxies and subclasses.
import sys
import weakref

class C:
    pass

class Keyed(weakref.ref):
    __slots__ = ('key',)

class Plain(weakref.ref):
    pass

o = C()
print(sys.getsizeof(weakref.ref(o)), sys.getsizeof(weakref.proxy(o)))
print(sys.getsizeof(weakref.ref(o, print)))
print(sys.getsizeof(Keyed(o)), sys.getsizeof(Plain(o)))
print(weakref.ref.__basicsize__, weakref.ProxyType.__basicsize__, weakref.CallableProxyType.__basicsize__)
print(Keyed.__basicsize__)
f = lambda: 0
print(type(weakref.proxy(f)).__name__, sys.getsizeof(weakref.proxy(f)))
