# **kwargs dicts: a fresh dict per call, in keyword order, sized like any dict, tracked only when
# a value needs it; passing them on, changing them, keeping them.
import gc
import sys


def collect(*args, **kwargs):
    return kwargs


def describe(**kw):
    return (list(kw.items()), len(kw), sys.getsizeof(kw), gc.is_tracked(kw))


print(describe())
print(describe(a=1))
print(describe(a=1, b='two', c=3.0))
print(describe(**{'k%d' % i: i for i in range(8)}))
print(describe(**{'k%d' % i: i for i in range(9)}))
print(describe(**{'k%d' % i: i for i in range(30)}))
print(describe(x=[], y=()))
print(describe(t=(1, 2)))

kept = [collect(i, n=i, m=-i) for i in range(5)]
print(kept, [sys.getsizeof(k) for k in kept])
print(kept[0] is kept[1])


def forward(**kw):
    kw['added'] = len(kw)
    inner = collect(**kw)
    inner['z'] = 0
    return kw, inner


outer, inner = forward(p=1, q=2)
print(outer, inner, outer is inner)


def pop_all(**kw):
    out = []
    while kw:
        out.append(kw.popitem())
    kw['again'] = 1
    return out, kw, sys.getsizeof(kw)


print(pop_all(a=1, b=2, c=3, d=4, e=5, f=6, g=7, h=8, i=9))


def with_defaults(a, b=2, *args, c=3, **kw):
    return a, b, args, c, kw


print(with_defaults(1, c=4, d=5, e=6))
print(with_defaults(1, 2, 3, 4, b_=1, **{'c': 9, 'zz': 0}))
try:
    with_defaults(1, a=2)
except TypeError as e:
    print('TypeError:', e)
try:
    collect(**{'x': 1}, x=2)
except TypeError as e:
    print('TypeError:', e)

# the values' reference counts while a kwargs dict holds them, and after
v = object()
base = sys.getrefcount(v)
k = collect(v=v, w=v)
print(sys.getrefcount(v) - base)
del k
print(sys.getrefcount(v) - base)


# many calls: the dicts come and go
def count(**kw):
    return len(kw) + sum(kw.values())


total = 0
for i in range(2000):
    total += count(a=i, b=1) + count(**{'c': i}) + count()
print(total)
