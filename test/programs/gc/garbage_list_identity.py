# Rebinding gc.garbage does not change the collector's list; callbacks list likewise.
import gc
class A: pass
gc.collect()
orig = gc.garbage
gc.garbage = []
gc.set_debug(gc.DEBUG_SAVEALL)
a = A(); a.me = a
del a
print(gc.collect())
gc.set_debug(0)
print(len(gc.garbage), len(orig))
orig.clear()
gc.garbage = orig
print(gc.garbage is orig)
