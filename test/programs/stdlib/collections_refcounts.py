# refcounts of objects held by collections containers (each container slot holds one reference)
import sys
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple, ChainMap

x = object()
base = sys.getrefcount(x)
d = deque([x, x])
print("deque", sys.getrefcount(x) - base)
d.append(x)
d.appendleft(x)
print("deque+2", sys.getrefcount(x) - base)
d.pop()
d.popleft()
print("deque-2", sys.getrefcount(x) - base)
d.rotate(1)
d.reverse()
print("rotated", sys.getrefcount(x) - base)
d.clear()
print("cleared", sys.getrefcount(x) - base)
bounded = deque(maxlen=2)
for _ in range(5):
    bounded.append(x)
print("bounded", sys.getrefcount(x) - base)
del bounded
od = OrderedDict()
od['k'] = x
od.move_to_end('k')
print("odict", sys.getrefcount(x) - base)
del od
dd = defaultdict(lambda: x)
dd['a']
dd['b']
print("defaultdict", sys.getrefcount(x) - base)
del dd
P = namedtuple('P', 'a b')
p = P(x, x)
print("namedtuple", sys.getrefcount(x) - base, p.a is x)
del p
cm = ChainMap({'a': x}, {'b': x})
print("chainmap", sys.getrefcount(x) - base)
del cm
key = 'some key'
kbase = sys.getrefcount(key)
c = Counter([key, key, key])
print("counter key", sys.getrefcount(key) - kbase)
del c
print("end", sys.getrefcount(x) - base, sys.getrefcount(key) - kbase)
