# gc.collect() return values with weakrefs to cycle members (the weakrefs are not trash).
import gc
import weakref

gc.disable()
class Node:
    pass

def cycle():
    a = Node()
    b = Node()
    a.b = b
    b.a = a
    return a

gc.collect()
x = cycle()
r = weakref.ref(x)
del x
print(gc.collect(), r())
y = cycle()
rs = [weakref.ref(y, lambda w: None), weakref.ref(y.b, lambda w: None)]
del y
print(gc.collect(), [w() for w in rs])
z = cycle()
calls = []
rz = weakref.ref(z, calls.append)
del z
print(gc.collect(), len(calls), calls[0] is rz)
