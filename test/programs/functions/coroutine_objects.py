# Coroutine objects (async def): made by the call, not run; send/throw/close, __await__'s
# coroutine_wrapper, awaiting objects with __await__ and @types.coroutine generators, the errors
# of awaiting what cannot be awaited, and the references a coroutine keeps to its code.
async def a():
    return 1
x = a()
print(x.__class__, repr(x)[:22], x.cr_running, x.cr_await, x.__name__, x.cr_code.co_name)
try:
    x.send(None)
except StopIteration as e:
    print('value', e.value)
try:
    x.send(None)
except RuntimeError as e:
    print(e)
class Aw:
    def __await__(self):
        r = yield 'from-aw'
        return r * 2
async def b():
    v = await Aw()
    return v + 1
c = b()
print(c.send(None))
try:
    c.send(20)
except StopIteration as e:
    print('b ->', e.value)
async def bad():
    await 3
try:
    bad().send(None)
except TypeError as e:
    print(e)
w = b().__await__()
print(type(w).__name__, next(w))
import types
@types.coroutine
def legacy():
    yield 'legacy'
    return 5
async def uses():
    return await legacy()
u = uses(); print(u.send(None))
try: u.send(None)
except StopIteration as e: print('legacy', e.value)
c2 = b(); c2.close(); print('closed')
c3 = b(); c3.send(None)
try: c3.throw(ValueError('t'))
except ValueError as e: print('thrown', e)
print(iter is not None)
try: iter(b())
except TypeError as e: print(e)
def g(): yield 1
import sys
print(sys.getrefcount(g.__code__)); x = g(); print(sys.getrefcount(g.__code__)); next(x); print(sys.getrefcount(g.__code__))
for _ in x: pass
print(sys.getrefcount(g.__code__), x.gi_code is g.__code__, x.gi_frame)
async def a(): pass
print(sys.getrefcount(a.__code__)); c = a(); print(sys.getrefcount(a.__code__)); c.close(); print(sys.getrefcount(a.__code__), c.cr_code is a.__code__)
