# An exception in __del__ during a collection is reported and swallowed.
import gc
class Bad:
    def __del__(self):
        raise RuntimeError("in del")
gc.collect()
b = Bad(); b.me = b
del b
print(gc.collect())
print("after")
