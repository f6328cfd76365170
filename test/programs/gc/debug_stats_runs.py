# DEBUG_STATS / DEBUG_COLLECTABLE print to stderr (addresses and times differ, so this program
# ends with an exception to compare a deterministic last stderr line).
import gc
class A: pass
gc.collect()
gc.set_debug(gc.DEBUG_STATS | gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE)
a = A(); a.me = a
del a
n = gc.collect()
gc.set_debug(0)
print(n)
raise SystemExit("done")
