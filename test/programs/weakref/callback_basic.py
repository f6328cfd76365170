# The callback receives the (already dead) weak reference.
import weakref

class C:
    pass

seen = []
def cb(w):
    seen.append(w)
    print('callback: referent is', w(), 'same ref:', w is r)

o = C()
r = weakref.ref(o, cb)
print('before del')
del o
print('after del', len(seen), r.__callback__)
