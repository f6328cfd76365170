# WeakKeyDictionary entries leave when their keys die.
import gc
import weakref

gc.disable()
class K:
    pass

d = weakref.WeakKeyDictionary()
a, b = K(), K()
d[a] = 'a'
d[b] = 'b'
del a
print(len(d), list(d.values()))
b.cycle = b
del b
print(len(d))
print('collected', gc.collect())
print(len(d))
keys = [K() for i in range(4)]
for k in keys:
    d[k] = 1
for k in d:
    keys.clear()
    break
print(len(d), len(d._pending_removals))
print(len(list(d.items())), len(d))
