# Keyword calls whose defaults change between calls (the bound plan is kept per call site), and
# *args/**kwargs-only functions: values, errors and the references the frame takes.
import sys


def kw(a, b=10, *, c=20, d=30):
    return (a, b, c, d)


def site(fn, n):
    # one KW_NAMES list ('c',), called with 1 or 2 positional arguments
    if n == 1:
        return fn(1, c=n)
    return fn(1, 2, c=n)


for n in (1, 2, 1, 2):
    print(site(kw, n))
kw.__kwdefaults__['d'] = 'new d'
print(site(kw, 1), site(kw, 2))
kw.__kwdefaults__ = {'c': 0}
try:
    site(kw, 1)
except TypeError as e:
    print('TypeError:', e)
kw.__kwdefaults__ = {'d': 'again', 'x': 1}
print(site(kw, 2))
kw.__kwdefaults__ = None
try:
    site(kw, 2)
except TypeError as e:
    print('TypeError:', e)
kw.__defaults__ = None
try:
    site(kw, 1)
except TypeError as e:
    print('TypeError:', e)
kw.__kwdefaults__ = {'d': 4}
kw.__defaults__ = (5,)
print(site(kw, 1), site(kw, 2))

marker = object()
dflt = object()


def refs(a, b=dflt, *, c=dflt, d=dflt):
    return sys.getrefcount(a) - 2, sys.getrefcount(dflt) - 2


base = sys.getrefcount(dflt)
for i in range(3):
    print(refs(marker, c=marker), refs(a=marker, b=marker), refs(marker, d=i, c=marker))
print(sys.getrefcount(dflt) - base, sys.getrefcount(marker))


def stars(*args, **kwargs):
    return len(args), sorted(kwargs), sys.getrefcount(marker)


def only_args(*args):
    return args


def only_kwargs(**kwargs):
    return kwargs


for i in range(3):
    print(stars(), stars(marker), stars(marker, marker, k=marker), stars(k=marker, j=i))
    print(only_args(i, marker) == (i, marker), only_kwargs(a=i, b=marker) == {'a': i, 'b': marker})
try:
    only_args(a=1)
except TypeError as e:
    print('TypeError:', e)
try:
    only_kwargs(1)
except TypeError as e:
    print('TypeError:', e)
print(sys.getrefcount(marker))


class C:
    def m(self, *args, **kw):
        return len(args), kw

    def n(*args, **kw):
        return len(args), sorted(kw)


c = C()
print(c.m(1, x=2), c.n(1, y=3), C.n(c, z=1), c.n())
