# Collector death: weakrefs are cleared before __del__, so a resurrected object has lost them.
import gc
import weakref

gc.disable()
saved = []
class Phoenix:
    def __del__(self):
        print('__del__, saving self; old ref dead:', r() is None)
        saved.append(self)

p = Phoenix()
p.me = p
r = weakref.ref(p, lambda w: print('callback'))
del p
print('collected', gc.collect())
print(len(saved), r(), weakref.getweakrefcount(saved[0]))
r2 = weakref.ref(saved[0], lambda w: print('new callback'))
saved.clear()
print('collected', gc.collect())
print(r2())
