# building containers on collections.abc mixins: MutableMapping and MutableSequence subclasses
from collections.abc import MutableMapping, MutableSequence, Iterable

class LowerDict(MutableMapping):
    def __init__(self, *args, **kw):
        self._d = {}
        self.update(*args, **kw)
    def __getitem__(self, k):
        return self._d[k.lower()]
    def __setitem__(self, k, v):
        self._d[k.lower()] = v
    def __delitem__(self, k):
        del self._d[k.lower()]
    def __iter__(self):
        return iter(self._d)
    def __len__(self):
        return len(self._d)
ld = LowerDict({'A': 1}, B=2)
ld['c'] = 3
print(ld['a'], ld['C'], len(ld), sorted(ld), ld.get('Z', 0), 'b' in ld, ld.pop('A'), ld.setdefault('d', 4))
print(dict(ld), ld.popitem(), ld == {'c': 3, 'd': 4})
ld.clear()
print(len(ld), isinstance(ld, dict), isinstance(ld, MutableMapping))

class TypedList(MutableSequence):
    def __init__(self, kind, items=()):
        self.kind = kind
        self._items = []
        self.extend(items)
    def __getitem__(self, i):
        return self._items[i]
    def __setitem__(self, i, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}")
        self._items[i] = v
    def __delitem__(self, i):
        del self._items[i]
    def __len__(self):
        return len(self._items)
    def insert(self, i, v):
        if not isinstance(v, self.kind):
            raise TypeError(f"expected {self.kind.__name__}")
        self._items.insert(i, v)
    def __repr__(self):
        return f"TypedList({self._items})"
tl = TypedList(int, [3, 1, 2])
tl.append(5)
tl += [7]
tl.reverse()
print(tl, tl.pop(), tl.pop(0), tl.index(1), tl.count(3), 2 in tl, list(reversed(tl)))
tl.remove(3)
print(tl)
try:
    tl.append("x")
except TypeError as e:
    print(e)
try:
    tl.remove(99)
except ValueError:
    print("ValueError")
print(isinstance(tl, Iterable), issubclass(TypedList, MutableSequence))
