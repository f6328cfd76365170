# Every operator goes to the referent.
import weakref

class Vec:
    def __init__(self, *xs):
        self.xs = list(xs)
    def __add__(self, o):
        return Vec(*[a + b for a, b in zip(self.xs, o.xs)]) if isinstance(o, Vec) else Vec(*[a + o for a in self.xs])
    def __radd__(self, o):
        return Vec(*[o + a for a in self.xs])
    def __mul__(self, k):
        return Vec(*[a * k for a in self.xs])
    def __neg__(self):
        return Vec(*[-a for a in self.xs])
    def __abs__(self):
        return sum(abs(a) for a in self.xs)
    def __len__(self):
        return len(self.xs)
    def __getitem__(self, i):
        return self.xs[i]
    def __setitem__(self, i, v):
        self.xs[i] = v
    def __delitem__(self, i):
        del self.xs[i]
    def __contains__(self, v):
        return v in self.xs
    def __iter__(self):
        return iter(self.xs)
    def __eq__(self, o):
        return isinstance(o, Vec) and self.xs == o.xs
    def __lt__(self, o):
        return self.xs < o.xs
    def __bool__(self):
        return any(self.xs)
    def __str__(self):
        return 'Vec%s' % (tuple(self.xs),)
    def __index__(self):
        return len(self.xs)
    def __int__(self):
        return 7
    def __float__(self):
        return 2.5
    def __iadd__(self, o):
        self.xs.append(o)
        return self
    __hash__ = None

v = Vec(1, 2, 3)
p = weakref.proxy(v)
print(str(p + 1), str(1 + p), str(p * 2), str(-p), abs(p), len(p))
print(p[0], 2 in p, 9 in p, list(p), bool(p), str(p))
p[0] = 10
del p[1]
print(v.xs, p == Vec(10, 3), p == v, p != v, p < Vec(11), Vec(0) < p)
print(int(p), float(p), [0, 1, 2, 3][p - 1 if False else 1], ['a', 'b', 'c'][:p])
q = p
q += 5
print(v.xs, q is v)
n = 5
pn = weakref.proxy(Vec(1))
w = Vec(4, 5)
pw = weakref.proxy(w)
print(str(pw + pw), w == pw)
class Num:
    def __init__(self, n): self.n = n
    def __sub__(self, o): return self.n - (o.n if isinstance(o, Num) else o)
    def __rsub__(self, o): return o - self.n
    def __truediv__(self, o): return self.n / o
    def __floordiv__(self, o): return self.n // o
    def __mod__(self, o): return self.n % o
    def __pow__(self, o): return self.n ** o
    def __and__(self, o): return self.n & o
    def __or__(self, o): return self.n | o
    def __xor__(self, o): return self.n ^ o
    def __lshift__(self, o): return self.n << o
    def __rshift__(self, o): return self.n >> o
    def __matmul__(self, o): return ('matmul', self.n, o)
    def __invert__(self): return ~self.n
    def __pos__(self): return +self.n
k = Num(13)
pk = weakref.proxy(k)
print(pk - 3, 20 - pk, pk / 2, pk // 2, pk % 5, pk ** 2, pk & 7, pk | 16, pk ^ 1, pk << 2, pk >> 1, pk @ 'x', ~pk, +pk)
print(pk - pk)
try:
    pk + 1
except TypeError as e:
    print(e)
