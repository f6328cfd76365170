# A __del__ that breaks its own cycle: the object is freed by refcounting during finalization,
# so it is not counted; a __del__ seeing a dict cycle member.
import gc
class K:
    def __del__(self):
        print("K del")
        self.x = None
gc.collect()
k = K(); k.x = k
del k
print("break in del", gc.collect())
class C:
    def __del__(self):
        print("C del", type(self.other).__name__, len(self.other))
c = C(); c.other = {'c': c, 'l': [c]}
del c
print("dict cycle", gc.collect())
