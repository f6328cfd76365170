# get_referents: traverse order (lists and tuples last item first, str-keyed dicts values only).
import gc
a = [1]; b = [2]
print(gc.get_referents([a, b]) == [b, a] or gc.get_referents([a, b]))
print(gc.get_referents((a, b)) == [b, a])
print(gc.get_referents({'x': a, 'y': b}) == [a, b])
print(len(gc.get_referents(1, "s", None)))
class P: pass
p = P(); p.v = a
r = gc.get_referents(p)
print(a in r, P in r)
print(gc.get_referents() == [])
