# Weak references are GC objects whose only strong reference is the callback.
import gc
import weakref

class C:
    pass

def cb(w):
    pass

o = C()
r = weakref.ref(o)
rc = weakref.ref(o, cb)
print(gc.is_tracked(r), gc.is_tracked(rc), gc.get_referents(r), gc.get_referents(rc) == [cb])
print(r in gc.get_referrers(o), rc in gc.get_referrers(cb))
p = weakref.proxy(o, cb)
print(gc.is_tracked(p), gc.get_referents(p) == [cb])
