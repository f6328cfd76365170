# Counter: counting, most_common, arithmetic, comparisons, repr
from collections import Counter
c = Counter('abracadabra')
print(c, c.most_common(2), c.most_common(), Counter(), c['z'])
print(c + Counter('zz'), c - Counter('aaaaaaaa'), c & Counter('ab'), c | Counter('zzz'))
print(-Counter(a=-1), +Counter(a=-1, b=1))
print(sorted(Counter(a=3, b=1).elements()), Counter('aab').total())
c2 = Counter(a=1)
c2.update('aab')
c2.subtract({'b': 5})
print(c2, c2 == Counter(a=3, b=-4), Counter(a=1) <= Counter(a=2), Counter(a=1) == Counter(a=1, b=0))
c3 = Counter(a=2, b=-1)
c3 += Counter()
print(c3)
c4 = Counter(a=5, b=2)
c4 -= Counter(a=1, b=7)
print(c4)
c4 |= Counter(c=1)
c4 &= Counter(a=2, c=4)
print(c4)
del c4['missing']
print(Counter({'x': 2}), Counter(x=1, y=2), Counter(['a', 'b', 'a']))
try:
    Counter.fromkeys('ab')
except NotImplementedError as e:
    print(e)
words = 'the quick the lazy the dog dog'.split()
print(Counter(words).most_common(1), dict(Counter(words)))
print(isinstance(c, dict), c.get('a'), list(c.keys()))
