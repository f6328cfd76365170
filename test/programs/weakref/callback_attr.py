# __callback__: None without one, the function while alive, None after the referent died.
import weakref

class C:
    pass

def cb(w):
    print('in callback, __callback__ is', w.__callback__)

o = C()
r = weakref.ref(o)
rc = weakref.ref(o, cb)
print(r.__callback__, rc.__callback__ is cb)
try:
    rc.__callback__ = None
except AttributeError as e:
    print('AttributeError')
del o
print(rc.__callback__)
