# pyheap-test: stress=audit-only (prints generation counts, which collections at every allocation reset)
# gc.get_count() right after gc.collect() (free lists empty) and one common operation: what each
# allocates in generation 0, including the tuples and dicts CPython 3.11 makes behind a call.
import gc, sys
def counts(f, full=True):
    gc.collect()
    f()
    return gc.get_count()
class C: pass
class S:
    __slots__ = ('a',)
def make(): return C()
cases = {
 'list': lambda: [1, 2],
 'listkept': lambda: L.append([1]),
 'dict': lambda: {'a': 1},
 'inst': lambda: K.append(C()),
 'slots': lambda: K.append(S()),
 'func': lambda: K.append(lambda: 0),
 'closure': lambda: K.append((lambda x: lambda: x)(1)),
 'tuple': lambda: K.append((1, [])),
 'set': lambda: K.append({1, 2}),
 'gen': lambda: K.append((i for i in range(3))),
 'genrun': lambda: list(i for i in range(3)),
 'str': lambda: K.append('abc' * 3),
 'int': lambda: K.append(10 ** 30),
 'bound': lambda: K.append(C().__init__),
 'print': lambda: print('x', end=''),
 'fstr': lambda: K.append(f'{len(K)}'),
 'exc': lambda: K.append(ValueError('x')),
 'raise': lambda: _raise(),
 'listcomp': lambda: [i for i in range(10)],
 'dictcomp': lambda: {i: i for i in range(10)},
 'sorted': lambda: sorted([3, 1, 2]),
 'zip': lambda: list(zip([1], [2])),
 'enum': lambda: list(enumerate('ab')),
 'items': lambda: list({'a': 1}.items()),
 'super': lambda: K.append(D()),
 'method': lambda: C().__repr__(),
 'isinst': lambda: isinstance(1, (int, str)),
 'getattr': lambda: getattr(C(), 'x', None),
 'range': lambda: list(range(5)),
 'format': lambda: '{} {}'.format(1, 2),
 'percent': lambda: '%s %s' % (1, 2),
 'join': lambda: ','.join(['a', 'b']),
 'split': lambda: 'a b'.split(),
 'map': lambda: list(map(str, [1, 2])),
 'sum': lambda: sum([1, 2]),
}
def _raise():
    try:
        raise KeyError('k')
    except KeyError:
        pass
class D(C):
    def __init__(self): super().__init__()
L = []; K = []
for name, f in cases.items():
    print(name, counts(f))
gc.collect()
print(gc.get_count())
x = [[] for _ in range(800)]
print(gc.get_count(), gc.get_stats()[0]['collections'] > 0)
