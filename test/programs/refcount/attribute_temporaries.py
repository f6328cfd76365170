# Attribute lookup and subscription results are new references only while in use.
import sys
class C:
    pass
c = C()
c.x = []
print(sys.getrefcount(c.x))
d = {"k": []}
print(sys.getrefcount(d["k"]))
l = [[]]
print(sys.getrefcount(l[0]))
print(sys.getrefcount(l[-1]), sys.getrefcount(l[0:1]))
