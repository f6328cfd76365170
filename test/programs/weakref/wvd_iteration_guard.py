# Values dying while a WeakValueDictionary is iterated: removals wait until the iteration ends.
import weakref

class V:
    def __init__(self, n):
        self.n = n

vals = {i: V(i) for i in range(5)}
d = weakref.WeakValueDictionary()
for i, v in vals.items():
    d[i] = v
seen = []
for k in d.keys():
    seen.append(k)
    if k == 1:
        del vals[3]
        del vals[4]
        print('pending', len(d._pending_removals), 'data', len(d.data))
print(seen)
print(len(d), sorted(d))
it = iter(d.values())
first = next(it)
del vals[0]
print(len(d.data), len(d._pending_removals))
del it, first
print(len(d), sorted(d))
