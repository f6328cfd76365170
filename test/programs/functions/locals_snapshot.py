# locals() in a function (and frame.f_locals) is one dict the frame keeps, refreshed at each call:
# it holds the locals' values while the frame lives, and the collector sees it with the frame.
import sys, gc
def f():
    x = [1]
    d1 = locals(); d2 = locals()
    print(d1 is d2, sys.getrefcount(x), sorted(d1))
    y = 5
    del x
    print(sorted(locals()), d1 is locals())
f()
def g():
    a = object()
    def inner(): return a
    loc = locals()
    print(sorted(loc), sys.getrefcount(a))
g()
def self_ref():
    try: raise KeyError
    except KeyError as e: exc = e
    return exc
gc.collect()
x = self_ref(); x.__traceback__.tb_frame.f_locals; del x
print(gc.collect())
def gen2(a):
    yield a
class L(list): pass
g2 = gen2(L([2]))
print(sys.getrefcount(g2.gi_frame.f_locals['a']))
print(sorted(type(o).__name__ for o in gc.get_referrers(g2.gi_frame.f_locals['a'])))
print(locals() is globals())
class C:
    q = 1
    print(sorted(locals()))
