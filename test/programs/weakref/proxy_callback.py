# A proxy with a callback: the callback receives the (dead) proxy.
import weakref

class C:
    pass

def cb(p):
    print('callback got a', type(p).__name__)
    try:
        p.anything
    except ReferenceError as e:
        print('ReferenceError:', e)

o = C()
p = weakref.proxy(o, cb)
p2 = weakref.proxy(o, cb)
print(p is p2, weakref.getweakrefcount(o))
del o
print('end')
