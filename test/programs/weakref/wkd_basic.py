# WeakKeyDictionary: associate data with objects without keeping them alive.
import weakref

class K:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'K(%s)' % self.name

keys = [K(c) for c in 'abcde']
d = weakref.WeakKeyDictionary()
for i, k in enumerate(keys):
    d[k] = i
print(len(d), d[keys[1]], keys[2] in d, K('z') in d, 5 in d, d.get(keys[3]), d.get(K('q'), 'none'))
print(sorted(d.values()), [k.name for k in sorted(d.keys(), key=lambda k: k.name)])
del d[keys[0]]
print(len(d), d.pop(keys[1]), d.pop(K('x'), 'dflt'), d.setdefault(keys[2], 99), d.setdefault(K('tmp'), 7))
print(len(d))
k, v = d.popitem()
print(type(k).__name__, len(d))
d.update({keys[0]: 'again'})
c = d.copy()
print(len(c), len(d.keyrefs()), sorted(str(v) for v in d.values()))
del keys[0]
print(len(d), len(c))
try:
    d[K('missing')]
except KeyError:
    print('KeyError')
