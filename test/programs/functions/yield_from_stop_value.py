# `yield from` an iterator whose __next__ raises StopIteration(value), and from a coroutine's
# __await__ iterator: the value is the result of the yield from.
class It:
    def __iter__(self): return self
    def __next__(self): raise StopIteration(5)
def g():
    r = yield from It()
    print('r', r)
print(list(g()))
async def c():
    return 7
def drive():
    w = c().__await__()
    r = yield from w
    print('wrapped', r)
print(list(drive()))
