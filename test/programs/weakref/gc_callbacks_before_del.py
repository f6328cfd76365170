# Death by the collector: weakrefs are cleared and callbacks run before any __del__.
import gc
import weakref

class C:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'ref alive:', refs[self.name]() is not None)

refs = {}
a = C('a')
b = C('b')
a.other = b
b.other = a
refs['a'] = weakref.ref(a, lambda w: print('callback a, dead:', w() is None))
refs['b'] = weakref.ref(b, lambda w: print('callback b, dead:', w() is None))
del a, b
gc.disable()
print('collected', gc.collect())
