# Tuples: tracked at creation, untracked lazily by a collection when they hold only atoms.
# pyheap-test: stress=audit-only (an automatic collection untracks a tuple before gc.is_tracked() is asked)
import gc
def mk(*a):
    return a
print(gc.is_tracked(()))
t = mk(1, 2, "x")
print(gc.is_tracked(t))
gc.collect()
print(gc.is_tracked(t))
u = mk([], 1)
gc.collect()
print(gc.is_tracked(u))
a = mk(1)
n = mk(a, mk(2, 3))
gc.collect(0)
print(gc.is_tracked(n), gc.is_tracked(a))
gc.collect()
print(gc.is_tracked(n))
print(gc.is_tracked((1, 2)))
