# weakref.KeyedRef remembers its key; the callback sees it.
import weakref

class C:
    pass

def cb(w):
    print('callback for key', w.key)

o = C()
k = weakref.KeyedRef(o, cb, 'the key')
print(k.key, k() is o, type(k).__mro__[1] is weakref.ref)
k.key = 'new key'
del o
print('end', k.key, k())
