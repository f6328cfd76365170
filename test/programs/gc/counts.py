# get_count after collections of each generation (no print in between: print may allocate).
# pyheap-test: stress=audit-only (prints generation counts)
import gc
gc.collect()
c0 = gc.get_count()
gc.collect(0)
c1 = gc.get_count()
gc.collect(0)
c2 = gc.get_count()
gc.collect(1)
c3 = gc.get_count()
gc.collect(2)
c4 = gc.get_count()
print(c0, c1, c2, c3, c4)
l = []
gc.collect()
for i in range(10):
    l.append([])
c5 = gc.get_count()
del l[4]
c6 = gc.get_count()
print(c5, c6)
