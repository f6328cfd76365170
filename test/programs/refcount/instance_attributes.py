# Instance attributes (in the instance __dict__ or in slots) hold references.
import sys
class C:
    pass
class S:
    __slots__ = ("a", "b")
x = []
c = C()
c.attr = x
print(sys.getrefcount(x))
c.other = x
print(sys.getrefcount(x))
s = S()
s.a = x
s.b = x
print(sys.getrefcount(x))
del c.attr
s.b = None
print(sys.getrefcount(x))
del c, s
print(sys.getrefcount(x))
