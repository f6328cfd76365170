# Each list slot holding the object is one reference.
import sys
a = object()
print(sys.getrefcount(a))
l = [a]
print(sys.getrefcount(a))
l.append(a)
l.extend([a, a])
print(sys.getrefcount(a))
l2 = l * 2
print(sys.getrefcount(a))
del l2
l.pop()
print(sys.getrefcount(a))
l[0] = None
print(sys.getrefcount(a))
l.remove(a)
print(sys.getrefcount(a))
l2 = l[:]
print(sys.getrefcount(a))
del l, l2
print(sys.getrefcount(a))
