# gh-60806 / bpo-16602: a referent deep in a trashcan-delayed deallocation chain must already
# look dead to its weakrefs (callbacks run during the chain see None, nothing is freed twice)
import weakref, gc
class C:
    def __init__(self, parent):
        if not parent:
            return
        wself = weakref.ref(self)
        def cb(wparent):
            o = wself()
        self.wparent = weakref.ref(parent, cb)

def run():
    d = weakref.WeakKeyDictionary()
    root = c = C(None)
    for n in range(100):
        d[c] = c = C(c)
    del root
    gc.collect()
run()
print("ok")
