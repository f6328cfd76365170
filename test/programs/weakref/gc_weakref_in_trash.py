# A weak reference that is itself part of the trash: cleared, its callback never runs.
import gc
import weakref

gc.disable()
class Node:
    pass

a = Node()
a.self = a
a.wr = weakref.ref(a, lambda w: print('never printed'))
del a
print(gc.collect())

b = Node()
c = Node()
b.c = c
c.b = b
outside = Node()
b.wr = weakref.ref(outside, lambda w: print('callback of a trash weakref to a live object'))
del b, c
print(gc.collect())
del outside
print('outside freed')
