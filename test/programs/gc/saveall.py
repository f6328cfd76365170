# DEBUG_SAVEALL: unreachable objects go to gc.garbage instead of being freed.
import gc
class A: pass
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
print(gc.get_debug() == gc.DEBUG_SAVEALL)
a = A(); a.me = a; a.name = "saved"
del a
print(gc.collect())
print(len(gc.garbage), type(gc.garbage[0]).__name__, gc.garbage[0].name)
gc.set_debug(0)
del gc.garbage[:]
print(gc.collect())
print(gc.garbage)
