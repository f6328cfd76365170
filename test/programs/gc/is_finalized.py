# is_finalized: set by the collector's finalize step and by the refcount path.
import gc
keep = []
class F:
    def __del__(self):
        keep.append(self)
f = F()
print(gc.is_finalized(f))
del f
print(gc.is_finalized(keep[0]))
print(gc.is_finalized(1), gc.is_finalized([]))
