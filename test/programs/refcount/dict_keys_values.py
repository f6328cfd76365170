# Dict keys and values each hold a reference.
import sys
class K:
    pass
k, v = K(), []
d = {k: v}
print(sys.getrefcount(k), sys.getrefcount(v))
d[k] = v
print(sys.getrefcount(k), sys.getrefcount(v))
d["other"] = v
print(sys.getrefcount(v))
items = list(d.items())
print(sys.getrefcount(k), sys.getrefcount(v))
del items
d.pop(k)
print(sys.getrefcount(k), sys.getrefcount(v))
d.clear()
print(sys.getrefcount(k), sys.getrefcount(v))
