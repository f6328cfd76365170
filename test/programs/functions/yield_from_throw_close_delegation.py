# pyheap-test: stderr=full
# throw() and close() on a generator suspended in `yield from` / `await` go to the sub-iterator
# first (_gen_throw): the sub may catch and go on yielding, its return value ends the yield from,
# its exception is raised in the outer frame; close() closes the sub first; an iterator that is not
# a generator gets its throw()/close() methods called when it has them; gi_yieldfrom / cr_await.
def sub():
    try:
        yield 'sub 1'
    except KeyError:
        print('sub caught KeyError')
        yield 'sub 2'
    except ValueError:
        print('sub returns on ValueError')
        return 'sub result'
    finally:
        print('sub finally')

def outer():
    try:
        r = yield from sub()
        print('yield from gave', repr(r))
        yield 'outer after'
    except IndexError as e:
        print('outer caught', repr(e))
        yield 'outer handled'
    finally:
        print('outer finally')

g = outer()
print(next(g), g.gi_yieldfrom.__name__)
print(g.throw(KeyError))
print(g.throw(ValueError), g.gi_yieldfrom)
g.close()

g = outer()
next(g)
print(g.throw(IndexError('idx')), g.gi_yieldfrom)
g.close()

g = outer()
next(g)
g.close()
print('closed', g.gi_suspended, g.gi_yieldfrom)

class Iter:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        return self.n
    def throw(self, *args):
        print('Iter.throw got', [type(a).__name__ for a in args])
        if self.n > 1:
            raise StopIteration('iter done')
        return 'from throw'
    def close(self):
        print('Iter.close')

def over_iter():
    r = yield from Iter()
    print('over_iter got', r)
    yield 'end'

g = over_iter()
print(next(g), type(g.gi_yieldfrom).__name__)
print(g.throw(KeyError('k')))
print(next(g))
print(g.throw(KeyError('k')))
g = over_iter()
next(g)
g.close()

class NoThrow:
    def __iter__(self):
        return self
    def __next__(self):
        return 1

def over_plain():
    try:
        yield from NoThrow()
    except KeyError:
        print('raised at the outer yield')
        yield 'ok'

g = over_plain()
next(g)
print(g.throw(KeyError))
g.close()

def running_check():
    yield from checker()

def checker():
    try:
        yield 1
    except KeyError:
        print('outer running while sub handles:', gen.gi_running, gen.gi_suspended)
        yield 2

gen = running_check()
next(gen)
print(gen.throw(KeyError))

class Awaitable:
    def __await__(self):
        try:
            yield 'waiting'
        except KeyError:
            print('awaitable caught')
            yield 'waiting again'
        return 'awaited'

async def coro():
    v = await Awaitable()
    print('coro got', v)
    return 'coro done'

c = coro()
print(c.send(None), type(c.cr_await).__name__)
print(c.throw(KeyError))
try:
    c.send(None)
except StopIteration as e:
    print('StopIteration', e.value, c.cr_await)

def fails():
    yield from sub()

g = fails()
next(g)
g.throw(RuntimeError('escapes'))
