# WeakValueDictionary: the mapping operations.
import weakref

class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'V(%d)' % self.n

vals = [V(i) for i in range(6)]
d = weakref.WeakValueDictionary()
for v in vals:
    d['k%d' % v.n] = v
print(len(d), d['k1'], 'k2' in d, 'zz' in d, d.get('k3'), d.get('nope', 'dflt'))
print(sorted(d.keys()), sorted(d.values(), key=lambda v: v.n))
print(sorted(k for k, v in d.items()))
del d['k0']
print(len(d), d.pop('k1'), d.pop('missing', 'default'))
try:
    d.pop('missing')
except KeyError as e:
    print('KeyError', e)
print(d.setdefault('k2', None), d.setdefault('new', vals[0]))
k, v = d.popitem()
print(type(k).__name__, type(v).__name__, len(d))
e = d.copy()
print(type(e).__name__, len(e) == len(d))
d.update({'u': vals[5]}, w=vals[4])
print(sorted(d))
print(len(d.valuerefs()), all(isinstance(r, weakref.KeyedRef) for r in d.valuerefs()))
print(repr(d).startswith('<WeakValueDictionary at 0x'))
d2 = weakref.WeakValueDictionary([('a', vals[2])], b=vals[3])
print(sorted(d2.items(), key=lambda kv: kv[0]))
try:
    d2['zzz']
except KeyError as e:
    print('KeyError', e)
