# A reachable weakref whose callback frees it counts in gc.collect()'s result.
import gc
import weakref

gc.disable()
class Node:
    pass

registry = {}
def forget(w):
    print('callback drops the weakref')
    del registry['k']

a = Node()
a.me = a
registry['k'] = weakref.ref(a, forget)
del a
print('collected', gc.collect())

b = Node()
b.me = b
keep = weakref.ref(b, lambda w: print('callback keeps it'))
del b
print('collected', gc.collect())
