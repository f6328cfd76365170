# async with / async for over objects with __aenter__/__aexit__ and __aiter__/__anext__,
# driven by hand, and the TypeErrors of objects that do not implement those protocols.
import sys


class Ticker:
    """an async iterator counting down, awaiting a suspension between items"""
    def __init__(self, n):
        self.n = n

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n == 0:
            raise StopAsyncIteration
        await Suspend(self.n)
        self.n -= 1
        return self.n


class Suspend:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        got = yield ('suspend', self.v)
        return got


class Resource:
    async def __aenter__(self):
        print('aenter')
        await Suspend('enter')
        return self

    async def __aexit__(self, t, v, tb):
        print('aexit', t.__name__ if t else None, v)
        return t is KeyError


def drive(coro):
    """run a coroutine to its end, answering every suspension with its value"""
    value = None
    steps = 0
    while True:
        try:
            request = coro.send(value)
        except StopIteration as e:
            return steps, e.value
        steps += 1
        value = request[1] if isinstance(request, tuple) else request


async def main():
    out = []
    async for v in Ticker(3):
        out.append(v)
    print('ticker', out)
    async with Resource() as r:
        print('body', type(r).__name__)
    async with Resource():
        raise KeyError('swallowed')
    print('after swallow')
    try:
        async with Resource():
            raise ValueError('kept')
    except ValueError as e:
        print('propagated', e)
    res = [x async for x in Ticker(2)]
    print('comprehension', res)
    return 'main done'


print(drive(main()))


async def errors():
    for bad in (1, object()):
        try:
            async for _ in bad:
                pass
        except TypeError as e:
            print('TypeError:', e)
    class NoAnext:
        def __aiter__(self):
            return self
    try:
        async for _ in NoAnext():
            pass
    except TypeError as e:
        print('TypeError:', e)
    class BadAnext:
        def __aiter__(self):
            return self
        def __anext__(self):
            return 5
    try:
        async for _ in BadAnext():
            pass
    except TypeError as e:
        print('TypeError:', e, '| cause:', repr(e.__cause__))
    class NoAwait:
        async def __aenter__(self):
            return 1
        def __aexit__(self, *a):
            return 2
    try:
        async with NoAwait():
            pass
    except TypeError as e:
        print('TypeError:', e)
    try:
        async with object():
            pass
    except TypeError as e:
        print('TypeError:', e)
    class OnlyEnter:
        async def __aenter__(self):
            pass
    try:
        async with OnlyEnter():
            pass
    except TypeError as e:
        print('TypeError:', e)
    class ErrIn:
        def __aiter__(self):
            return self
        async def __anext__(self):
            raise IndexError('from anext')
    try:
        async for _ in ErrIn():
            pass
    except IndexError as e:
        print('IndexError:', e)


print(drive(errors()))
print(sys.getrefcount(Ticker) >= 2)
