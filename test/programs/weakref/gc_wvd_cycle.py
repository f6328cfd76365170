# A WeakValueDictionary value in a cycle: the collector clears it, the KeyedRef's callback removes
# the entry and frees the KeyedRef, which gc.collect() counts.
import gc
import weakref

gc.disable()
class V:
    pass

d = weakref.WeakValueDictionary()
v = V()
v.self = v
d['k'] = v
del v
print(len(d), 'collected', gc.collect(), len(d))
d2 = weakref.WeakKeyDictionary()
k = V()
k.self = k
d2[k] = 'value'
del k
print(len(d2), 'collected', gc.collect(), len(d2))
s = weakref.WeakSet()
m = V()
m.self = m
s.add(m)
del m
print(len(s), 'collected', gc.collect(), len(s))
