# Async generators (PEP 525) driven by hand: async for, __anext__/asend/athrow/aclose and their
# one-shot awaitables, the RuntimeErrors of reuse, concurrent use and an ignored GeneratorExit.
import sys


class Suspend:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ('suspend', self.v)
        return got


def drive(coro):
    value = None
    steps = 0
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return steps, e.value
        steps += 1
        value = request[1] if isinstance(request, tuple) else request


async def countdown(n):
    try:
        while n > 0:
            got = await Suspend(n)
            received = yield got * 10
            if received is not None:
                print('received', received)
            n -= 1
    finally:
        print('countdown finally')


async def main():
    out = []
    async for v in countdown(3):
        out.append(v)
    print('values', out)
    ag = countdown(2)
    print(type(ag).__name__, ag.__name__, ag.__qualname__, ag.ag_running, ag.ag_await, ag.ag_code.co_name)
    print(await ag.__anext__())
    print(await ag.asend('hello'))
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print('exhausted')
    try:
        await ag.__anext__()
    except StopAsyncIteration:
        print('exhausted again')
    ag2 = countdown(5)
    print(await ag2.__anext__())
    await ag2.aclose()
    print('closed', ag2.ag_frame)
    ag3 = countdown(5)
    print(await ag3.__anext__())
    try:
        await ag3.athrow(ValueError('boom'))
    except ValueError as e:
        print('athrow raised', e)
    async def catcher():
        while True:
            try:
                yield 1
            except KeyError as e:
                yield 'caught ' + str(e)
    c = catcher()
    print(await c.__anext__())
    print(await c.athrow(KeyError('k')))
    await c.aclose()
    async def stubborn():
        try:
            yield 1
        except GeneratorExit:
            yield 2
    s = stubborn()
    await s.__anext__()
    try:
        await s.aclose()
    except RuntimeError as e:
        print('RuntimeError:', e)
    async def raises_stop():
        yield 1
        raise StopAsyncIteration
    r = raises_stop()
    await r.__anext__()
    try:
        await r.__anext__()
    except RuntimeError as e:
        print('RuntimeError:', e)
    aw = countdown(1).__anext__()
    print(type(aw).__name__)
    it = aw.__await__()
    print(it is aw, next(it))
    try:
        it.send(4)
    except StopIteration as e:
        print('StopIteration value', e.value)
    try:
        it.send(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    print([x async for x in countdown(2)])
    g = countdown(1)
    a1 = g.__anext__()
    a1.send(None)
    try:
        g.__anext__().send(None)
    except RuntimeError as e:
        print('RuntimeError:', e)
    a1.close()
    return 'done'


print(drive(main()))
print('end')
