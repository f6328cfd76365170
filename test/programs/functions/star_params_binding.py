# Binding calls to functions whose only parameters are *args and/or **kwargs: tuples, dicts,
# keyword order, reference counts, and the TypeErrors of calls that do not fit.
import sys
def v(*args, **kwargs):
    return args, kwargs
def a(*args):
    return args
def k(**kw):
    return kw
x = object()
print(v(), v(1), v(1, 2, a=3, b=4), v(a=1), a(), a(1, 2), k(), k(z=1, y=2))
print(sys.getrefcount(x)); r = v(x, x, q=x); print(sys.getrefcount(x)); del r; print(sys.getrefcount(x))
for f, args, kw in ((a, (1,), {'z': 1}), (k, (1,), {}), (k, (1,), {'z': 2})):
    try:
        f(*args, **kw)
    except TypeError as e:
        print(e)
try:
    a(q=1)
except TypeError as e:
    print(e)
try:
    k(1)
except TypeError as e:
    print(e)
print(v(*[1, 2], **{'a': 1}), a(*range(3)), k(**{'b': 2, 'a': 1}))
import functools
@functools.wraps(len)
def w(*args, **kwargs):
    return len(*args, **kwargs)
print(w([1, 2]))
class C:
    def m(*args, **kw):
        return len(args), kw
print(C().m(1, x=2))
print(sys.getrefcount(x))
