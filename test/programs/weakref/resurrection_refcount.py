# Refcount death: __del__ runs first and may resurrect the object; its weakrefs then stay alive.
import weakref

saved = []
class Phoenix:
    def __del__(self):
        print('__del__, saving self')
        saved.append(self)

p = Phoenix()
r = weakref.ref(p, lambda w: print('callback'))
del p
print('resurrected:', r() is saved[0], weakref.getweakrefcount(saved[0]))
saved.clear()
print('second death: no __del__ again, callback runs')
print(r())
