# get_referents in CPython's traverse orders: instances (slots, inline values, type), lists and tuples
# last item first, dicts value-then-key (str-keyed: values only).
import gc
class P:
    pass
p = P(); p.a = [1]; p.b = "bee"; p.c = 3
print(gc.get_referents(p))
class S:
    __slots__ = ('x', 'y')
s = S(); s.x = [2]; s.y = "why"
print(gc.get_referents(s))
class SD(S):
    pass
sd = SD(); sd.x = "X"; sd.z = [9]
print(gc.get_referents(sd))
q = P(); q.k = 1; d = q.__dict__
print(gc.get_referents(q) == [d, P])
print(gc.get_referents([1, "a", None]), gc.get_referents((1, [2])), gc.get_referents({1: 'a', (2,): [3]}))
