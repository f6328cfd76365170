# More match statements: or-patterns, star patterns, **rest, literals (negative, complex, None,
# True), dotted value patterns (enum), nested class patterns, guards, and the refcounts and gc
# counts around a match (its temporaries are freed).
import enum
import gc
import sys


class Color(enum.Enum):
    RED = 1
    GREEN = 2


class Node:
    __match_args__ = ('value', 'children')

    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)


def classify(x):
    match x:
        case 0 | 1 | 2:
            return 'small'
        case -1:
            return 'minus one'
        case 1+2j:
            return 'complex'
        case None:
            return 'none'
        case True:
            return 'true?'
        case Color.RED:
            return 'red'
        case Color.GREEN | Color.RED:
            return 'green'
        case [first, *middle, last]:
            return f'seq {first} {middle} {last}'
        case {'type': 'point', **rest}:
            return f'point {sorted(rest.items())}'
        case Node(v, [Node(cv), *_]) if v > 0:
            return f'node {v} first child {cv}'
        case Node(value=v):
            return f'leaf-ish {v}'
        case str(s) if s.startswith('a'):
            return 'a-string'
        case (str() | bytes()) as text:
            return f'text {text!r}'
        case _:
            return 'other'


values = [0, 2, -1, 1+2j, None, True, Color.RED, Color.GREEN, [1, 2, 3, 4], (5, 6),
          {'type': 'point', 'x': 1, 'y': 2}, Node(3, [Node(4), Node(5)]), Node(-1, [Node(2)]),
          Node(0), 'abc', 'xyz', b'q', 3.5, [7]]
for v in values:
    print(classify(v))

subject = [object(), 'x']
before = sys.getrefcount(subject), sys.getrefcount(subject[0])
match subject:
    case [a, b]:
        pass
del a, b
print('refcounts unchanged by a match:', before == (sys.getrefcount(subject), sys.getrefcount(subject[0])))

gc.collect()
n0 = gc.get_count()[0]
for i in range(5):
    match Node(i, [Node(i)]):
        case Node(v, [Node(w)]):
            pass
print('gc count after 5 class matches:', gc.get_count()[0] - n0)
match {'a': 1, 'b': 2}:
    case {'a': x, 'b': y}:
        print('mapping matched', x, y)
