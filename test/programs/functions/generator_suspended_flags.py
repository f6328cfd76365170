# gi_suspended / cr_suspended (new in 3.11): True only while paused at a yield or an await; not
# before the first next(), not while running, not after finishing, closing or raising.
def g():
    print('running:', gen.gi_suspended, gen.gi_running)
    yield 1
    yield from sub()
    return 5

def sub():
    print('in sub:', gen.gi_suspended, inner_state())
    yield 2

def inner_state():
    return 'outer running' if gen.gi_running else 'outer not running'

gen = g()
print('created:', gen.gi_suspended, gen.gi_running)
print(next(gen), gen.gi_suspended)
print(next(gen), gen.gi_suspended, gen.gi_yieldfrom is not None)
try:
    next(gen)
except StopIteration as e:
    print('finished:', e.value, gen.gi_suspended)

gen = g()
gen.close()
print('closed before start:', gen.gi_suspended)
gen = g()
next(gen)
gen.close()
print('closed at a yield:', gen.gi_suspended)

def raiser():
    yield 1
    raise ValueError('boom')

r = raiser()
next(r)
print('before raising:', r.gi_suspended)
try:
    next(r)
except ValueError:
    print('after raising:', r.gi_suspended)

def thrown():
    try:
        yield 1
    except KeyError:
        yield 'caught'

t = thrown()
next(t)
print(t.throw(KeyError), t.gi_suspended)

async def co():
    print('coroutine running:', c.cr_suspended, c.cr_running)
    await Awaitable()
    return 1

class Awaitable:
    def __await__(self):
        yield 'x'

c = co()
print('coroutine created:', c.cr_suspended)
print(c.send(None), c.cr_suspended)
try:
    c.send(None)
except StopIteration as e:
    print('coroutine done:', e.value, c.cr_suspended)

async def agen():
    yield 1

a = agen()
print(hasattr(a, 'ag_suspended'), hasattr(a, 'ag_running'))
print([n for n in dir(gen) if n.startswith('gi_')])
print([n for n in dir(c) if n.startswith('cr_')])
print([n for n in dir(a) if n.startswith('ag_')])
a.aclose().close() if hasattr(a.aclose(), 'close') else None
