# A weak reference returns its referent while it lives, None afterwards.
import weakref

class Node:
    pass

n = Node()
r = weakref.ref(n)
print(r() is n, type(r) is weakref.ReferenceType, weakref.ref is weakref.ReferenceType)
print(callable(r), r.__callback__)
del n
print(r(), r() is None)
print(isinstance(r, weakref.ref))
