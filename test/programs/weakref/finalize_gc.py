# A finalizer on an object in a cycle runs when the collector frees it.
import gc
import weakref

gc.disable()
class Node:
    pass

a = Node()
b = Node()
a.b = b
b.a = a
weakref.finalize(a, print, 'a finalized')
weakref.finalize(b, print, 'b finalized')
del a, b
print('collecting')
print('collected', gc.collect())
def make():
    n = Node()
    n.self = n
    return weakref.finalize(n, lambda: 'value')
f = make()
print(f.alive)
gc.collect()
print(f.alive)
