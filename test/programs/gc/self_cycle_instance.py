# A self-referencing instance survives del and is collected by gc.collect(): 1 object.
import gc
class A:
    pass
gc.collect()
a = A()
a.me = a
del a
print(gc.collect())
print(gc.collect())
