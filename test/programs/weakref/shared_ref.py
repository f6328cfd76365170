# The callback-less ref is shared; refs with callbacks and subclass instances are not.
import weakref

class C:
    pass

class MyRef(weakref.ref):
    pass

def cb(w):
    pass

o = C()
a = weakref.ref(o)
b = weakref.ref(o)
print(a is b, weakref.getweakrefcount(o))
c = weakref.ref(o, cb)
d = weakref.ref(o, cb)
print(c is d, c is a, weakref.getweakrefcount(o))
e = weakref.ref(o, None)
print(e is a)
m1 = MyRef(o)
m2 = MyRef(o)
print(m1 is m2, m1 is a, weakref.getweakrefcount(o))
del a, b, e
f = weakref.ref(o)
print(weakref.getweakrefcount(o), weakref.getweakrefs(o)[0] is f)
p1 = weakref.proxy(o)
p2 = weakref.proxy(o)
print(p1 is p2, weakref.getweakrefcount(o))
