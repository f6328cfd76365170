# A callback that frees other weakly referenced objects: their callbacks run inside it.
import weakref

class C:
    def __init__(self, name):
        self.name = name

holder = {'b': C('b'), 'c': C('c')}
def cb_a(w):
    print('callback a starts')
    holder.clear()
    print('callback a ends')

a = C('a')
ra = weakref.ref(a, cb_a)
rb = weakref.ref(holder['b'], lambda w: print('callback b'))
rc = weakref.ref(holder['c'], lambda w: print('callback c'))
del a
print('end')
