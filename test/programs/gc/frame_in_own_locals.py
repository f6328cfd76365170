# a frame object stored in its own local variable outlives the call: a cycle only gc frees
import gc, sys

def f():
    frame = sys._getframe()

gc.collect()
f()
print(gc.collect())

def g():
    return sys._getframe()

x = g()
print(gc.is_tracked(x), gc.is_tracked(sys._getframe()))
del x
print(gc.collect())

def h():
    me = sys._getframe()
    return me

y = h()
print(gc.is_tracked(y), y.f_code.co_name)
del y
print(gc.collect())
