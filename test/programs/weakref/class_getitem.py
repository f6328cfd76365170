# PEP 585 subscripts of the weak reference types and containers.
import weakref

print(weakref.ref[int], weakref.WeakSet[int])
print(weakref.WeakValueDictionary[int, str], weakref.WeakKeyDictionary[str, int])
print(weakref.WeakSet, weakref.WeakSet.__module__)
