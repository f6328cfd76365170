# defaultdict: factories, __missing__, repr, copy, errors
from collections import defaultdict
dd = defaultdict(list)
dd[1].append(2)
dd[3]
print(dd, defaultdict(), repr(defaultdict(None, {1: 2})), dd.default_factory)
try:
    defaultdict(1)
except TypeError as e:
    print(e)
n = defaultdict(None)
try:
    n['missing']
except KeyError as e:
    print(repr(e))
counts = defaultdict(int)
for ch in 'mississippi':
    counts[ch] += 1
print(counts, sorted(counts.items()), counts.get('zz'), 'zz' in counts)
nested = defaultdict(lambda: defaultdict(int))
nested['a']['b'] += 1
print(dict(nested['a']), len(nested))
c = counts.copy()
print(type(c).__name__, c == counts, c.default_factory is int)
print(defaultdict(set, a={1}) | {'b': {2}})
class D(defaultdict):
    pass
print(D(int, x=1))
