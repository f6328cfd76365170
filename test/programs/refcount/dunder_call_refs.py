# The reference count a special method sees depends on how CPython 3.11 calls it: type slots
# call a Python function with self as an argument (vectorcall_method), while format(), round(),
# dir(), sys.getsizeof(), bytes(), math.floor(), the with statement and a __getattr__ hook look
# the method up and bind it first (one more reference, held by the bound method). The with
# statement also drops the manager from the stack before calling __enter__.
import sys, math
rc = sys.getrefcount


class K:
    def __enter__(self): print('enter', rc(self)); return self
    def __exit__(self, *a): print('exit', rc(self)); return False
    def __getattr__(self, n): print('getattr', rc(self)); return 1
    def __format__(self, spec): print('format', rc(self)); return 'F'
    def __round__(self, n=None): print('round', rc(self)); return 0
    def __dir__(self): print('dir', rc(self)); return ['b', 'a']
    def __sizeof__(self): print('sizeof', rc(self)); return 10
    def __bytes__(self): print('bytes', rc(self)); return b'x'
    def __floor__(self): print('floor', rc(self)); return 0
    def __ceil__(self): print('ceil', rc(self)); return 0
    def __trunc__(self): print('trunc', rc(self)); return 0
    def __repr__(self): print('repr', rc(self)); return 'R'
    def __len__(self): print('len', rc(self)); return 1
    def __iter__(self): print('iter', rc(self)); return iter([])
    def __eq__(self, o): print('eq', rc(self)); return True
    def __hash__(self): print('hash', rc(self)); return 1
    def __neg__(self): print('neg', rc(self)); return 0
    def __bool__(self): print('bool', rc(self)); return True
    def __contains__(self, x): print('contains', rc(self)); return True


class G:
    def __getattribute__(self, n):
        print('getattribute', n, rc(self))
        return object.__getattribute__(self, n)


class GG(G):
    def __getattr__(self, n):
        print('getattr', n, rc(self))
        return 2


k = K()
with k:
    pass
with k as kk:
    print('body', rc(k))
del kk
k.zz
getattr(k, 'zz')
f'{k}'
format(k)
format(k, 'x')
round(k)
round(k, 2)
dir(k)
sys.getsizeof(k)
bytes(k)
math.floor(k)
math.ceil(k)
math.trunc(k)
repr(k)
[k].__repr__()
len(k)
list(k)
k == 1
hash(k)
-k
bool(k)
1 in k
g = G()
g.x = 1
g.x
gg = GG()
gg.x = 1
gg.x
gg.missing
print(rc(k), rc(g), rc(gg))
