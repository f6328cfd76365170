# Set members and frozenset members hold references; adding twice adds once.
import sys
a = tuple([1, "x", 2.5])
s = {a}
print(sys.getrefcount(a))
s.add(a)
print(sys.getrefcount(a))
f = frozenset(s)
print(sys.getrefcount(a))
s.discard(a)
print(sys.getrefcount(a))
del f
print(sys.getrefcount(a))
