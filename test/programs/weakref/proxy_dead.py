# Every use of a proxy whose referent died raises ReferenceError.
import weakref

class C:
    x = 1
    def __len__(self):
        return 3
    def __call__(self):
        return 'called'

o = C()
p = weakref.proxy(o)
f = lambda: 1
pf = weakref.proxy(f)
print(p.x, len(p), p(), pf())
del o, f
ops = [
    ('getattr', lambda: p.x),
    ('setattr', lambda: setattr(p, 'y', 1)),
    ('len', lambda: len(p)),
    ('bool', lambda: bool(p)),
    ('str', lambda: str(p)),
    ('add', lambda: p + 1),
    ('radd', lambda: 1 + p),
    ('eq', lambda: p == 1),
    ('getitem', lambda: p[0]),
    ('iter', lambda: iter(p)),
    ('contains', lambda: 1 in p),
    ('call', lambda: pf()),
    ('neg', lambda: -p),
]
for name, op in ops:
    try:
        op()
        print(name, 'no error')
    except ReferenceError as e:
        print(name, 'ReferenceError:', e)
print(type(p).__name__, ReferenceError.__mro__[1].__name__)
