# Cycles through __slots__.
import gc
class S:
    __slots__ = ('other', 'val')
gc.collect()
a = S(); b = S()
a.other = b; b.other = a
a.val = [1, 2]
del a, b
print(gc.collect())
s = S()
s.other = s
del s
print(gc.collect())
class T(S):
    __slots__ = ('x',)
t = T(); t.x = t; t.other = [t]
del t
print(gc.collect())
