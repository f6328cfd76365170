# What gc.get_referents shows of coroutines, async generators, their awaitables, generators and
# memoryviews (CPython's traverse order: code, name, qualname, then the frame), and weakrefs to a coroutine.
import gc, sys, weakref
async def co(x):
    await Aw()
    return x
class Aw:
    def __await__(self):
        yield 1
async def ag():
    yield 1
c = co(5)
print(gc.is_tracked(c), sys.getsizeof(c), len(gc.get_referents(c)), [type(r).__name__ for r in gc.get_referents(c)])
r = weakref.ref(c)
c.send(None)
print([type(x).__name__ for x in gc.get_referents(c)])
c.close(); print(r() is c)
del c
print(r())
a = ag()
print(gc.is_tracked(a), [type(x).__name__ for x in gc.get_referents(a)])
an = a.__anext__()
print([type(x).__name__ for x in gc.get_referents(an)], gc.is_tracked(an))
w = co(1).__await__()
print([type(x).__name__ for x in gc.get_referents(w)])
w.close()
def g(): yield 1
gg = g()
print([type(x).__name__ for x in gc.get_referents(gg)])
mv = memoryview(b'abc')
print([type(x).__name__ for x in gc.get_referents(mv)], gc.is_tracked(mv))
print([type(x).__name__ for x in gc.get_referents(gc.get_referents(mv)[0])])
