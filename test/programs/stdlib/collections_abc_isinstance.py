# collections.abc: isinstance/issubclass answers for builtins and duck-typed classes
import collections.abc as cabc

values = [[], (), {}, set(), frozenset(), "s", b"b", bytearray(), range(3), iter([]), (x for x in ()),
          {}.keys(), {}.values(), {}.items(), 1, 1.5, None, len, lambda: 0, type]
names = ['Container', 'Hashable', 'Iterable', 'Iterator', 'Reversible', 'Generator', 'Sized',
         'Callable', 'Collection', 'Sequence', 'MutableSequence', 'ByteString', 'Set',
         'MutableSet', 'Mapping', 'MutableMapping', 'MappingView', 'KeysView', 'ItemsView',
         'ValuesView']
for v in values:
    row = ''.join('1' if isinstance(v, getattr(cabc, n)) else '0' for n in names)
    print(f"{type(v).__name__:18} {row}")

class Duck:
    def __iter__(self):
        return iter([])
    def __len__(self):
        return 0
    def __contains__(self, x):
        return False
print(isinstance(Duck(), cabc.Iterable), isinstance(Duck(), cabc.Sized), isinstance(Duck(), cabc.Collection),
      isinstance(Duck(), cabc.Sequence), issubclass(Duck, cabc.Container))

class NoHash:
    __hash__ = None
print(isinstance(NoHash(), cabc.Hashable), isinstance([], cabc.Hashable))

class MySeq(cabc.Sequence):
    def __init__(self, *items):
        self.items = items
    def __getitem__(self, i):
        return self.items[i]
    def __len__(self):
        return len(self.items)
s = MySeq(1, 2, 3, 2)
print(list(s), 2 in s, s.index(3), s.count(2), list(reversed(s)), isinstance(s, cabc.Reversible))

class MyMap(cabc.Mapping):
    def __init__(self, **kw):
        self.d = kw
    def __getitem__(self, k):
        return self.d[k]
    def __iter__(self):
        return iter(self.d)
    def __len__(self):
        return len(self.d)
m = MyMap(a=1, b=2)
print(m['a'], m.get('z', 0), 'b' in m, list(m.keys()), list(m.items()), list(m.values()), m == {'a': 1, 'b': 2})
print(m.keys() & {'a'}, isinstance(m.keys(), cabc.Set))

class MySet(cabc.MutableSet):
    def __init__(self, it=()):
        self.s = set(it)
    def __contains__(self, x):
        return x in self.s
    def __iter__(self):
        return iter(sorted(self.s))
    def __len__(self):
        return len(self.s)
    def add(self, x):
        self.s.add(x)
    def discard(self, x):
        self.s.discard(x)
ms = MySet([1, 2, 3])
print(list(ms | {4}), list(ms & {2, 9}), list(ms - {1}), ms <= {1, 2, 3, 4}, ms.isdisjoint({7}))
ms -= {1}
print(list(ms), ms.pop(), list(ms))
try:
    cabc.Sequence()
except TypeError as e:
    print(e)
print(cabc.Callable[[int], str], cabc.Iterable[int], cabc.Mapping[str, int])
print(cabc.Sequence.__module__, sorted(cabc.__all__)[:5])
