# weakref.finalize: called once when the object dies, or explicitly; alive, peek, detach.
import weakref

class C:
    pass

o = C()
f = weakref.finalize(o, print, 'finalizer called', 1)
print(f.alive, f.atexit, f.peek()[0] is o, f.peek()[1:])
del o
print(f.alive, f.peek(), f(), f.detach())
o2 = C()
f2 = weakref.finalize(o2, lambda *a, **k: ('result', a, k), 1, key='v')
print(f2())
print(f2.alive, f2())
o3 = C()
f3 = weakref.finalize(o3, print, 'never')
obj, func, args, kwargs = f3.detach()
print(obj is o3, func is print, args, kwargs, f3.alive, f3.detach())
del o3, obj
print('o3 gone without call')
o4 = C()
f4 = weakref.finalize(o4, print, 'f4')
f4.atexit = False
print(f4.atexit)
print(repr(f4).startswith('<finalize object at 0x'), repr(f4).endswith(" for 'C' at %#x>" % id(o4)))
del o4
print(repr(f4).endswith('; dead>'), f4.atexit)
