# Keyword calls through one call site to different functions: fast binding and every error case.
import sys


def f1(a, b=2, *, c=3, d):
    return (a, b, c, d)


def f2(a, /, b, c=5):
    return (a, b, c)


def f3(x, y):
    return sys.getrefcount(x) - sys.getrefcount(object()), y


def f4(a, b, c, d=4, *, e, f=6):
    return (a, b, c, d, e, f)


def call_kw(fn, *args):
    # the same KW_NAMES constant ('b', 'd') for every function
    try:
        return fn(*args, b=20, d=40)
    except TypeError as e:
        return 'TypeError: ' + str(e)


def call_site(fn):
    try:
        return fn(1, b=2, c=3)
    except TypeError as e:
        return 'TypeError: ' + str(e)


for fn in (f1, f2, f3, f4):
    print(fn.__name__, call_kw(fn), call_kw(fn, 1), call_kw(fn, 1, 2), call_kw(fn, 1, 2, 3))
    print(fn.__name__, call_site(fn))

big = int("1" + "0" * 30)
for i in range(3):
    print(f3(big, y=i), f3(x=big, y=i), f4(i, c=1, b=2, e=3), f4(1, 2, 3, e=i, d=9, f=7))
    print(f1(i, d=1), f1(a=i, d=2, c=0), f2(i, b=1), f2(i, c=1, b=2))


class K:
    def m(self, p, q=1, *, r=2):
        return (p, q, r)


k = K()
for i in range(3):
    print(k.m(i, r=5), k.m(p=i, q=3), K.m(k, q=1, p=0))
try:
    k.m(1, self=2)
except TypeError as e:
    print(e)
try:
    f4(1, 2, 3, e=1, a=2)
except TypeError as e:
    print(e)
print(sys.getrefcount(big))
try:
    f2(1, 2, 3, 4, a=1)
except TypeError as e:
    print(e)
