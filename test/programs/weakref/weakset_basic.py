# WeakSet: a set that does not keep its members alive.
import weakref

class M:
    def __init__(self, n):
        self.n = n

ms = [M(i) for i in range(5)]
s = weakref.WeakSet(ms[:3])
print(len(s), ms[0] in s, ms[4] in s, 1 in s)
s.add(ms[3])
s.discard(ms[0])
s.remove(ms[1])
print(len(s), sorted(m.n for m in s))
try:
    s.remove(ms[0])
except KeyError:
    print('KeyError')
t = weakref.WeakSet(ms[2:])
print(sorted(m.n for m in s | t), sorted(m.n for m in s & t), sorted(m.n for m in t - s), sorted(m.n for m in s ^ t))
print(s <= t, s < t, t >= s, s == weakref.WeakSet([ms[2], ms[3]]), s.isdisjoint(weakref.WeakSet([ms[0]])))
c = s.copy()
print(type(c).__name__, len(c))
p = s.pop()
print(type(p).__name__, len(s))
s.clear()
print(len(s))
try:
    weakref.WeakSet().pop()
except KeyError as e:
    print('KeyError', e)
try:
    hash(s)
except TypeError as e:
    print(e)
