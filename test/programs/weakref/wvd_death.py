# WeakValueDictionary entries leave when their values die, by refcount or by the collector.
import gc
import weakref

gc.disable()
class V:
    pass

d = weakref.WeakValueDictionary()
a, b, c = V(), V(), V()
d['a'] = a
d['b'] = b
d['c'] = c
print(len(d))
del a
print(len(d), sorted(d))
b.self = b
del b
print(len(d), 'b' in d)
print('collected', gc.collect())
print(len(d), sorted(d))
d['c2'] = c
del c
print(len(d))
