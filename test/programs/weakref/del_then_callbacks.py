# Death by refcount: __del__ runs first, then the weak reference callbacks.
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__ of', self.name, 'weakrefs:', weakref.getweakrefcount(self))

o = C('a')
r1 = weakref.ref(o, lambda w: print('callback 1, referent', w()))
r2 = weakref.ref(o, lambda w: print('callback 2, referent', w()))
del o
print('---')
holder = [C('b')]
r3 = weakref.ref(holder[0], lambda w: print('callback 3'))
holder.clear()
print('end')
