# The weak reference owns its callback until the callback has run.
import sys
import weakref

class C:
    pass

def cb(w):
    print('callback; refcount of cb inside:', sys.getrefcount(cb))

base = sys.getrefcount(cb)
o = C()
refs = [weakref.ref(o, cb) for i in range(3)]
print(sys.getrefcount(cb) - base)
del o
print(sys.getrefcount(cb) - base)
