# The weak reference types as Python sees them.
import weakref

print(weakref.ref, weakref.ProxyType, weakref.CallableProxyType)
print(weakref.ref.__name__, weakref.ref.__qualname__, weakref.ref.__module__)
print(weakref.ReferenceType.__mro__)
try:
    class P(weakref.ProxyType):
        pass
except TypeError as e:
    print(e)
class R(weakref.ref):
    pass
print(R.__mro__[1] is weakref.ref, hasattr(weakref.ref, '__callback__'))
print(sorted(n for n in ['__call__', '__hash__', '__eq__', '__repr__', '__init__', '__new__'] if n in weakref.ref.__dict__))
print(weakref.ref.__hash__ is not None, weakref.ProxyType.__hash__)
print(sorted(weakref.__all__))
