# Refcounts of containers inside containers.
import sys
inner = [0]
outer = [inner, [inner]]
print(sys.getrefcount(inner), sys.getrefcount(outer[1]))
pair = (outer, outer)
print(sys.getrefcount(outer))
m = {"a": outer, "b": {"c": outer}}
print(sys.getrefcount(outer))
del m["b"]
print(sys.getrefcount(outer))
del pair, m
print(sys.getrefcount(outer), sys.getrefcount(inner))
outer.clear()
print(sys.getrefcount(inner))
