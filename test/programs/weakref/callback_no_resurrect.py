# A callback cannot reach the dead object: its weakref is already cleared.
import weakref

class C:
    pass

got = []
def cb(w):
    got.append(w())

o = C()
r = weakref.ref(o, cb)
o2 = C()
r2 = weakref.ref(o2, cb)
o2.peer_ref = r
del o
del o2
print(got)
