# OrderedDict: move_to_end, popitem(last), order-sensitive equality, views, repr
from collections import OrderedDict
od = OrderedDict(a=1, b=2)
od.move_to_end('a')
print(od, OrderedDict())
od.move_to_end('a', last=False)
print(od, od.popitem(last=False), od)
od['x'] = 9
od['y'] = 8
print(od.popitem(), od.popitem(last=True), od)
try:
    OrderedDict().popitem()
except KeyError as e:
    print(repr(e))
try:
    od.move_to_end('z')
except KeyError as e:
    print(repr(e))
o1 = OrderedDict([(1, 1), (2, 2)])
o2 = OrderedDict([(2, 2), (1, 1)])
print(o1 == o2, dict(o1) == dict(o2), o1 == {2: 2, 1: 1}, o1 != o2)
print(o1.keys(), o1.values(), o1.items(), list(reversed(o1)), list(reversed(o1.items())))
print(type(o1.keys()).__name__, OrderedDict.fromkeys('abc', 0), o1.copy(), o1 | {3: 3})
o1.setdefault(5, 'five')
print(o1, o1.pop(5), o1.pop(99, 'dflt'))
o1.update([(7, 7)], z=1)
print(o1, isinstance(o1, dict), len(o1))
r = OrderedDict(k=1)
r['self'] = r
print(r)
