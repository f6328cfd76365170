# functools.partial: calls with and without extra arguments, the reference a callee sees when the
# partial passes its own arguments as they are, repr, attributes, partialmethod.
import functools, sys, gc
rc = sys.getrefcount
def f(a, b=2, *, c=3):
    return a, b, c
p = functools.partial(f, 1, c=5)
print(p(), p(7), p(b=8), repr(p).startswith('functools.partial(<function f at'), type(p).__name__, p.args, p.keywords, p.func is f)
print(sys.getsizeof(p), gc.is_tracked(p), len(gc.get_referents(p)))
o = []
q = functools.partial(lambda x: rc(x), o)
print(q(), rc(o))
print(functools.partial(functools.partial(f, 1), b=4)())
try:
    functools.partial()
except TypeError as e:
    print(e)
try:
    functools.partial(1)
except TypeError as e:
    print(e)
print(hash(p) == hash(p), p == p, p != functools.partial(f, 1, c=5))
p.x = 1
print(p.__dict__, vars(p))
class A:
    m = functools.partialmethod(lambda self, x: x * 2, 21)
print(A().m())
