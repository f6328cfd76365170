# Dicts: untracked until a container goes in; untracked again only by full collections.
import gc
d = {}
print(gc.is_tracked(d))
d['a'] = 1
print(gc.is_tracked(d))
d['b'] = []
print(gc.is_tracked(d))
d['b'] = 2
gc.collect(1)
print(gc.is_tracked(d))
gc.collect()
print(gc.is_tracked(d))
e = {1: (1, 2)}
print(gc.is_tracked(e))
class A: pass
o = A()
o.x = 1
dd = o.__dict__
print(gc.is_tracked(dd))
o.y = []
print(gc.is_tracked(dd))
print(gc.is_tracked(1), gc.is_tracked("s"), gc.is_tracked(None), gc.is_tracked(object()))
print(gc.is_tracked(A), gc.is_tracked(int), gc.is_tracked(o), gc.is_tracked([]))
