# gc.callbacks around a collection that runs weakref callbacks.
import gc
import weakref

gc.disable()
def on_gc(phase, info):
    print(phase, info['generation'], info['collected'], info['uncollectable'])
gc.callbacks.append(on_gc)
class N:
    pass
a = N()
a.me = a
r = weakref.ref(a, lambda w: print('weakref callback'))
del a
print(gc.collect())
gc.callbacks.remove(on_gc)
