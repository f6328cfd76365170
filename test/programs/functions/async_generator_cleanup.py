# An async generator freed while suspended is closed (its finally runs), also from a cycle;
# the sizes and reprs of its awaitables.
import gc, sys
async def agen():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
a = agen()
try:
    a.__anext__().send(None)
except StopIteration as e:
    print('first', e.value)
print(sys.getrefcount(a))
del a
print('after del')
b = agen()
aw = b.__anext__()
print(sys.getsizeof(aw), repr(aw)[:30], repr(b)[:30])
del aw, b
class Holder: pass
h = Holder()
h.g = agen()
h.g_ref = h
try:
    h.g.__anext__().send(None)
except StopIteration:
    pass
del h
print('collected', gc.collect() > 0)
async def never():
    yield 1
n = never()
del n
print('end')
