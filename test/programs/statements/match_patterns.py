# match statements: sequence, mapping, class and value patterns; __match_args__, the classes that
# match themselves (int(n), str()), collections.abc registration, and the errors CPython raises.
import collections.abc as cabc
from collections import deque, OrderedDict, defaultdict, namedtuple, UserDict, Counter
import sys, gc

def describe(x):
    match x:
        case []: return 'empty seq'
        case [1, *rest]: return f'starts 1 rest={rest}'
        case (a, b): return f'pair {a} {b}'
        case {'k': v, **others}: return f'map k={v} others={others}'
        case {}: return 'a mapping'
        case str() as s: return f'str {s}'
        case int(n) if n > 10: return f'big {n}'
        case int(n): return f'int {n}'
        case float(f): return f'float {f}'
        case _: return f'other {type(x).__name__}'

class MySeq(cabc.Sequence):
    def __init__(self, d): self.d = d
    def __getitem__(self, i): return self.d[i]
    def __len__(self): return len(self.d)

class Plain:
    pass

class Reg:
    def __init__(self): self.d = [7, 8]
    def __len__(self): return 2
    def __getitem__(self, i): return self.d[i]
cabc.Sequence.register(Reg)

class MyList(list): pass
class MyDict(dict): pass

for v in [[], [1, 2, 3], (4, 5), {'k': 1, 'z': 2}, {}, 'hi', 42, 3, 2.5, None, MySeq([9, 8]),
          Plain(), Reg(), MyList([1]), MyDict(k=3), deque([1, 2]), OrderedDict(k=5),
          defaultdict(int), range(2), b'ab', bytearray(b'xy'), Counter('aab'), UserDict({'k': 0}),
          {1, 2}, frozenset()]:
    print(repr(v)[:30], '->', describe(v))

print('__abc_tpflags__' in cabc.Mapping.__dict__, cabc.Mapping.__flags__ & 64, MySeq.__flags__ & 32)
print(MyList.__flags__ & ((1<<5)|(1<<22)), Reg.__flags__ & 32)

class Point:
    __match_args__ = ('x', 'y')
    def __init__(self, x, y): self.x, self.y = x, y

P = namedtuple('P', 'a b')
def where(p):
    match p:
        case Point(0, 0): return 'origin'
        case Point(x=0, y=yy): return f'on y axis {yy}'
        case Point(xx, 0): return f'on x axis {xx}'
        case P(a, b=2): return f'P with b=2, a={a}'
        case Point(): return 'somewhere'
        case _: return 'not a point'
for p in [Point(0, 0), Point(0, 5), Point(3, 0), Point(1, 1), P(1, 2), P(1, 3), 'x']:
    print(where(p))

def errors(cls, val):
    try:
        match val:
            case cls(1, 2, 3): return 'matched'
    except TypeError as e:
        return f'TypeError: {e}'
    return 'no match'
print(errors(Point, Point(1, 2)))
print(errors(int, 5))
class BadArgs:
    __match_args__ = ['x']
print(errors(BadArgs, BadArgs()))
try:
    match 5:
        case print(): pass
except TypeError as e:
    print('TypeError:', e)
def dup(v):
    match v:
        case Point(x=1, **{}) if False: pass
k = 'k'
class K:
    k = 'k'
try:
    match {'k': 1}:
        case {K.k: 1, 'k': 2}: print('no')
except ValueError as e:
    print('ValueError:', e)
print(gc.get_count()[0] >= 0)
d = defaultdict(list)
match d:
    case {'missing': _}: print('found')
    case _: print('no key created:', dict(d))
