# Callbacks that create weak references to other objects, and to the same dead one.
import weakref

class C:
    pass

other = C()
made = []
def cb(w):
    made.append(weakref.ref(other, lambda w2: print('callback on other')))
    print('weakrefs to other:', weakref.getweakrefcount(other))

o = C()
r = weakref.ref(o, cb)
del o
print(len(made), made[0]() is other)
del other
print('end')
