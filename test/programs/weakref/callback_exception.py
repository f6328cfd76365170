# An exception in a callback is reported and ignored; the other callbacks still run.
import weakref

class C:
    pass

def good(w):
    print('good callback')

def bad(w):
    raise ValueError('callback failed')

o = C()
r1 = weakref.ref(o, good)
r2 = weakref.ref(o, bad)
r3 = weakref.ref(o, good)
del o
print('after')
