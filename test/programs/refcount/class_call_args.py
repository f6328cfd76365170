# What holds a call's arguments while the callee runs, as sys.getrefcount sees it inside.
# A class (and an instance with __call__, and int/complex/bytes/bytearray/zip) has no vectorcall
# in 3.11: the call packs the positional arguments in a tuple and the keywords in a dict (one more
# reference each), and with keywords __new__/__init__/__call__ get a copy of the arguments (one
# more again, self included). f(*t, **d) hands its tuple over instead, and a Python function
# called with keywords that way gets the copy. dir, min, max and sys.getsizeof are METH_VARARGS.
# (pyheap takes the references without making the tuple: gc.get_referrers does not show it.)
import sys
rc = sys.getrefcount


class P:
    def __init__(self, a, b=None):
        print('P init', rc(self), rc(a))


class T:
    def __new__(cls, *a, **k):
        print('T new', rc(a[0]) if a else None, len(k))
        return super().__new__(cls)

    def __init__(self, *a, **k):
        print('T init', rc(self), rc(a[0]) if a else None)


class K:
    def __call__(self, x, *a, **kw):
        print('K call', rc(self), rc(x))


class M(type):
    def __call__(cls, *a):
        print('meta call', rc(a[0]))
        return super().__call__(*a)


class C(metaclass=M):
    def __init__(self, x):
        print('C init', rc(x))


class L(list):
    def __init__(self, x):
        print('L init', rc(self), rc(x))
        super().__init__()


class S:
    __slots__ = ('v',)

    def __init__(self, v):
        print('S init', rc(v))
        self.v = v


class E(Exception):
    def __init__(self, x):
        print('E init', rc(x))
        super().__init__(x)


class Idx:
    def __index__(self):
        print('index', rc(self))
        return 1

    def __int__(self):
        print('int', rc(self))
        return 1

    def __iter__(self):
        print('iter', rc(self))
        return iter([1])

    def __gt__(self, other):
        print('gt', rc(self))
        return True

    def __sizeof__(self):
        print('sizeof', rc(self))
        return 8

    def __dir__(self):
        print('dir', rc(self))
        return []


def f(x, *a, **k):
    print('f', rc(x))


o = []
P(o)
P(o, b=o)
P(a=o)
T(o)
T(o, z=1)
k = K()
k(o)
k(o, 1)
k(x=o)
k(o, y=1)
C(o)
L(o)
S(o)
e = E(o)
print(e.args[0] is o, rc(o))
del e
t = (o,)
l = [o]
kw = {'x': o}
f(*t)
f(*l)
f(**kw)
f(o, *t)
f(*t, z=1)
P(*t)
P(*l)
P(**{'a': o})
P(*t, b=1)
k(*t)
k(*l)
k(**kw)
list(map(P, [o]))
sorted([1], key=lambda v: P(o))
i = Idx()
int(i)
bytes(i)
bytearray(i)
zip(i)
max(i, i)
min([i, i])
sys.getsizeof(i)
dir(i)


print(rc(o), rc(i), rc(k))
seen = []
max([o, o], key=lambda v: seen.append(rc(v)) or 0)
min(o, [], key=lambda v: seen.append(rc(v)) or 0)
print(seen)
print(int('7'), max(3, 4), min([5, 6]), dir(1) == sorted(dir(1)))
