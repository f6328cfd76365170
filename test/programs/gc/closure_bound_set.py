# Cycles through closures (cells), bound methods and sets.
import gc
gc.collect()
def outer():
    a = []
    def inner():
        return a
    a.append(inner)
outer()
print("closure", gc.collect())
class B:
    def m(self):
        pass
b = B()
b.bm = b.m
del b
print("bound method", gc.collect())
class H:
    pass
s = set()
h = H()
s.add(h)
h.s = s
del s, h
print("set", gc.collect())
