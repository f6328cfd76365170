# Unbounded recursion through builtins and slots (getattr, property, ==, __init__, map, sorted, str,
# len, hash, [], __call__, decorators, lru_cache, finally): a RecursionError each time, never a JS stack
# overflow; the message names the check that tripped (the plain one in each of these).
import sys
def run(name, f):
    try:
        f()
        print(name, 'no error')
    except RecursionError as e:
        print(name, e)
class A:
    def __getattr__(self, n):
        return getattr(self, n)
run('getattr', lambda: A().x)
class B:
    @property
    def p(self):
        return self.p
run('property', lambda: B().p)
class C:
    def __eq__(self, o):
        return self == o
run('eq', lambda: C() == C())
class D:
    def __init__(self, n):
        self.c = D(n + 1)
run('init', lambda: D(0))
def m(x):
    return list(map(m, [x]))
run('map', lambda: m(1))
def s(x):
    return sorted([x], key=s)
run('sorted', lambda: s(1))
class E:
    def __str__(self):
        return str(self)
run('str', lambda: str(E()))
class F:
    def __len__(self):
        return len(self)
run('len', lambda: len(F()))
class G:
    def __hash__(self):
        return hash(self)
run('hash', lambda: hash(G()))
class H:
    def __getitem__(self, i):
        return self[i]
run('getitem', lambda: H()[0])
def gen(n):
    yield from gen(n + 1)
run('yieldfrom', lambda: list(gen(0)))
class I:
    def __call__(self):
        return self()
run('call', lambda: I()())
def dec(f):
    return lambda *a, **k: f(*a, **k)
@dec
def r(n): return r(n+1)
run('lambda*', lambda: r(0))
import functools
@functools.lru_cache(maxsize=None)
def lc(n): return lc(n+1)
run('lru', lambda: lc(0))
def ex(n):
    try:
        return ex(n+1)
    finally:
        pass
run('finally', lambda: ex(0))
print(sys.getrecursionlimit())
class R:
    def __repr__(self):
        return repr(self)
try:
    repr(R())
except RecursionError:
    print('repr RecursionError')
