# Automatic collection frees cycles without gc.collect(); __del__ runs during an allocation.
import gc
class C:
    count = 0
    def __del__(self):
        C.count += 1
gc.collect()
gc.set_threshold(10)
for i in range(100):
    c = C(); c.me = c
del c
gc.set_threshold(700)
print(C.count >= 90)
gc.collect()
print(C.count)
