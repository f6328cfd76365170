# Asking for __dict__ materializes it: the cycle then counts the dicts too.
import gc
class A:
    pass
gc.collect()
a = A(); b = A()
a.b = b; b.a = a
print(type(a.__dict__).__name__, len(b.__dict__))
del a, b
print(gc.collect())
c = A()
c.c = c
d = c.__dict__
del c, d
print(gc.collect())
