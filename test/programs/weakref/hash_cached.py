# hash(ref) is the referent's hash, computed once and cached.
import weakref

class C:
    def __init__(self, h):
        self.h = h
        self.calls = 0
    def __hash__(self):
        self.calls += 1
        return self.h

o = C(12345)
r = weakref.ref(o, lambda w: None)
print(hash(r) == 12345, hash(r), o.calls)
o2 = C(99)
r2 = weakref.ref(o2, lambda w: None)
del o, o2
print(hash(r))
try:
    hash(r2)
except TypeError as e:
    print('TypeError:', e)
class U:
    __hash__ = None
u = U()
try:
    hash(weakref.ref(u))
except TypeError as e:
    print('TypeError:', e)
d = {}
k = C(7)
kr = weakref.ref(k)
d[kr] = 'value'
print(d[weakref.ref(k)])
