# Many objects, many weak references, callbacks counted.
import weakref

class C:
    pass

count = [0]
def cb(w):
    count[0] += 1

objs = [C() for i in range(2000)]
refs = [weakref.ref(o, cb) for o in objs]
refs2 = [weakref.ref(o) for o in objs]
print(sum(1 for r in refs if r() is not None))
del objs[::2]
print(count[0], sum(1 for r in refs if r() is None), sum(1 for r in refs2 if r() is None))
objs.clear()
print(count[0])
one = C()
many = [weakref.ref(one, cb) for i in range(500)]
print(weakref.getweakrefcount(one))
del one
print(count[0])
