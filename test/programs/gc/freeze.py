# freeze moves everything to the permanent generation; frozen objects are never collected.
import gc
class A: pass
gc.collect()
a = A(); a.me = a
gc.freeze()
c = gc.get_count()
print(c, gc.get_freeze_count() > 0)
print(any(o is a for o in gc.get_objects()))
del a
print(gc.collect())
gc.unfreeze()
print(gc.get_freeze_count())
print(gc.collect())
