# sys.getsizeof of instance __dict__s: split dicts report the values the shared keys allow now
# (30 usable at class creation, one less per instance made), combined dicts their own keys.
import sys

class P:
    def __init__(self):
        self.a = 1
        self.b = 2
        self.c = 3

ps = [P() for i in range(40)]
print(sys.getsizeof(ps[0].__dict__), sys.getsizeof(ps[39].__dict__), sys.getsizeof(ps[5]))

class Fresh:
    pass
fs = []
for i in range(5):
    f = Fresh()
    f.x = i
    fs.append(f)
    print(i, sys.getsizeof(f.__dict__))
print(sys.getsizeof(Fresh()), type.__sizeof__(Fresh))

class S:
    pass
s = S(); s.x = 1; s.y = 2; s.z = 3
del s.y
print(vars(s), sys.getsizeof(vars(s)))
s.y = 5
print(vars(s))
d = vars(s)
del d['x']
print(d, sys.getsizeof(d), s.__dict__ is d)
d[5] = 1
print("non-str key:", sys.getsizeof(d), d)
s2 = S(); s2.q = 1; print(sys.getsizeof(vars(s2)))
s3 = S(); s3.__dict__['q'] = 1; print(sys.getsizeof(vars(s3)))
s4 = S(); s4.x = 1; s4.y = 2; d4 = vars(s4); print(d4.popitem(), sys.getsizeof(d4), d4)
s5 = S(); s5.x = 1; d5 = vars(s5); d5.clear(); print(sys.getsizeof(d5)); s5.x = 3; print(sys.getsizeof(d5), d5)
s6 = S(); s6.x = 1; s6.__dict__ = {'k': 1}; print(s6.k, sys.getsizeof(s6.__dict__), vars(s6))
s7 = S(); s7.x = 1
del s7.__dict__
print(vars(s7), sys.getsizeof(vars(s7)))
s7.y = 2
print(vars(s7))
s8 = S(); vars(s8).update(a=1, b=2, c=3); print(vars(s8), sys.getsizeof(vars(s8)))
s9 = S(); vars(s9).update({str(i): i for i in range(20)}); print(sys.getsizeof(vars(s9)))
s10 = S(); s10.x = 1; s10.z = 2; c = vars(s10).copy(); print(c, sys.getsizeof(c))
print(dict(vars(s10)), {**vars(s10)})

# more than 30 names: the shared keys fill up, the instance that needs more goes combined
class M:
    pass
m = M()
for i in range(35):
    setattr(m, 'n%d' % i, i)
print(sys.getsizeof(m.__dict__), len(vars(m)), list(vars(m))[-3:])
m2 = M(); m2.n0 = 1; print(sys.getsizeof(m2.__dict__))
m3 = M(); m3.zz = 1; print(sys.getsizeof(m3.__dict__), list(vars(m3)))
print(m.n34, m2.n0, m3.zz)

# insertion orders that differ from the shared keys' order
class O:
    pass
o1 = O(); o1.a = 1; o1.b = 2; o1.c = 3
o2 = O(); o2.c = 1; o2.a = 2; o2.b = 3
del o2.a
o2.a = 9
print(vars(o1), vars(o2), list(vars(o2).items()), list(reversed(vars(o2))))

# subclasses of builtins: a list subclass has shared keys but its instances no inline values
class L(list):
    pass
l = L(); l.x = 1; print(sys.getsizeof(l.__dict__), vars(l))
l2 = L(); print(sys.getsizeof(l2.__dict__))
class I(int):
    pass
i = I(); i.x = 1; print(sys.getsizeof(i.__dict__), type.__sizeof__(I), type.__sizeof__(L))
class E(Exception):
    pass
e = E(); e.x = 1; print(sys.getsizeof(e.__dict__))
class SD:
    __slots__ = ('__dict__', 'w')
sd = SD(); sd.x = 1; sd.w = 2; print(sys.getsizeof(sd.__dict__), vars(sd))
class SL:
    __slots__ = ()
print(type.__sizeof__(SL))

# __class__ assignment moves the attributes with the instance
class A1:
    pass
class A2:
    pass
a = A1(); a.p = 1; a.q = 2
a.__class__ = A2
print(vars(a), a.p, sys.getsizeof(vars(a)))
a.r = 3
print(vars(a))
