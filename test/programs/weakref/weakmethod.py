# WeakMethod: a weak reference to a bound method, dead when its object or function is.
import weakref

class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n

c = C(5)
wm = weakref.WeakMethod(c.get)
m = wm()
print(m(), m == c.get, wm == weakref.WeakMethod(c.get), hash(wm) == hash(weakref.WeakMethod(c.get)))
del m
print(weakref.ref(c.get)())
calls = []
wm2 = weakref.WeakMethod(c.get, calls.append)
del c
print(wm(), len(calls), calls[0] is wm2, wm == wm2, wm != wm2)
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print(e)
class D:
    def f(self):
        return 'f'
d = D()
def replacement(self):
    return 'replaced'
D.f2 = replacement
w = weakref.WeakMethod(d.f2, lambda w: print('function died'))
del D.f2
del replacement
print(w())
