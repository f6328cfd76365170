# Argument errors of ref, proxy, calls, and the _weakref functions.
import weakref
import _weakref

class C:
    pass

o = C()
r = weakref.ref(o)
tests = [
    lambda: weakref.ref(),
    lambda: weakref.ref(o, None, 3),
    lambda: r(1),
    lambda: r(x=1),
    lambda: weakref.proxy(),
    lambda: weakref.proxy(o, None, 1),
    lambda: weakref.getweakrefcount(),
    lambda: weakref.getweakrefs(o, o),
    lambda: _weakref._remove_dead_weakref([], 1),
    lambda: _weakref._remove_dead_weakref({1: 2}, 1),
    lambda: r < r,
    lambda: weakref.ref(o, 5)(),
]
for t in tests:
    try:
        v = t()
        print('ok', v is o)
    except TypeError as e:
        print('TypeError:', e)
d = {'k': weakref.ref(C())}
_weakref._remove_dead_weakref(d, 'k')
_weakref._remove_dead_weakref(d, 'missing')
print(d)
