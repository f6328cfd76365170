# gc.collect() called from a __del__ during a collection returns 0.
import gc
class C:
    def __del__(self):
        print("nested", gc.collect())
gc.collect()
c = C(); c.me = c
del c
print(gc.collect())
