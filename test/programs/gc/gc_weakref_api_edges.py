# The gc and weakref APIs' edges: thresholds and their argument errors, freeze, is_finalized,
# callbacks' info keys, get_stats, debug flags, dead refs and proxies, WeakMethod, finalize.detach.
import gc, weakref, sys
def t(label, f):
    try:
        r = f()
        print(label, 'ok', repr(r)[:120])
    except BaseException as e:
        print(label, type(e).__name__, e)
t('threshold', lambda: gc.get_threshold())
t('set_threshold bad', lambda: gc.set_threshold())
t('set_threshold 4', lambda: gc.set_threshold(1, 2, 3, 4))
gc.set_threshold(700, 10, 10)
t('collect bad gen', lambda: gc.collect(3))
t('collect neg', lambda: gc.collect(-1))
t('freeze', lambda: (gc.freeze(), gc.get_freeze_count() > 0, gc.unfreeze(), gc.get_freeze_count()))
t('is_finalized', lambda: gc.is_finalized(object()))
class F:
    def __del__(self): pass
f = F()
t('is_finalized F', lambda: gc.is_finalized(f))
t('callbacks list', lambda: type(gc.callbacks).__name__)
events = []
def cb(phase, info): events.append((phase, sorted(info)))
gc.callbacks.append(cb)
gc.collect()
gc.callbacks.remove(cb)
print(events)
t('get_stats', lambda: [sorted(s) for s in gc.get_stats()])
t('garbage', lambda: gc.garbage)
t('debug flags', lambda: (gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK))
t('get_debug', lambda: gc.get_debug())
t('is_tracked args', lambda: gc.is_tracked())
t('get_referrers', lambda: len(gc.get_referrers(F)) >= 1)
t('get_objects gen', lambda: type(gc.get_objects(generation=0)).__name__)
t('get_objects bad gen', lambda: gc.get_objects(generation=5))
class A: pass
a = A()
r = weakref.ref(a)
t('ref call args', lambda: r(1))
t('ref hash', lambda: hash(r) == hash(a))
t('ref eq', lambda: r == weakref.ref(a))
p = weakref.proxy(a)
t('proxy attr', lambda: setattr(p, 'x', 1) or a.x)
t('proxy hash', lambda: hash(p))
del a
t('dead ref', lambda: r())
t('dead proxy', lambda: p.x)
t('weakref int', lambda: weakref.ref(1))
t('weakref list', lambda: weakref.ref([]))
t('weakset', lambda: (lambda ws: (ws.add(A()), len(ws))[1])(weakref.WeakSet()))
class M:
    def meth(self): return 'm'
m = M()
wm = weakref.WeakMethod(m.meth)
t('weakmethod', lambda: wm()())
del m
t('weakmethod dead', lambda: wm())
t('getweakrefcount', lambda: (lambda o: (weakref.ref(o), weakref.getweakrefcount(o)))(A())[1])
t('finalize detach', lambda: (lambda o: weakref.finalize(o, print, 'x').detach()[1:])(A()))
t('WeakValueDictionary', lambda: (lambda d: (d.__setitem__('k', A()), len(d))[1])(weakref.WeakValueDictionary()))
t('WeakKeyDictionary int', lambda: weakref.WeakKeyDictionary().__setitem__(1, 2))
for f, a in [(gc.enable, (1,)), (gc.get_count, (1,)), (gc.is_finalized, ()), (gc.freeze, (1,)), (gc.get_stats, (1,)), (gc.get_debug, (1,)), (gc.is_tracked, (1, 2)), (gc.isenabled, (1,)), (gc.get_threshold, (1,)), (gc.disable, (1,)), (gc.unfreeze, (1,)), (gc.get_freeze_count, (1,))]:
    try:
        f(*a)
    except TypeError as e:
        print(e)
gc.enable()
