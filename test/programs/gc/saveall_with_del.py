# With DEBUG_SAVEALL, __del__ still runs (once) before the objects are parked in gc.garbage.
# pyheap-test: stress=audit-only (the two objects end up in different generations, and __del__ order follows the generation merge order)
import gc
class D:
    def __del__(self):
        print("del", self.name)
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = D(); a.name = "a"; b = D(); b.name = "b"
a.b = b; b.a = a
del a, b
print(gc.collect())
print(sorted(o.name for o in gc.garbage))
gc.set_debug(0)
del gc.garbage[:]
print("cleared")
print(gc.collect())
