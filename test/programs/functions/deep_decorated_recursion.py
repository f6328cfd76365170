# Recursion through wrappers: @functools.cache/lru_cache cost CPython two recursion units per
# level (the C wrapper's tp_call and the function's frame), so f(490) fits under the default
# limit of 1000 and f(510) does not; a Python decorator calling fn(*args, **kwargs) costs two
# frames per level, and with a raised limit goes 15,000 levels deep without overflowing the stack.
import sys
from functools import cache, lru_cache


@cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


for depth in (300, 490, 510):
    fib.cache_clear()
    try:
        print(depth, fib(depth) % 1000007)
    except RecursionError as e:
        print(depth, type(e).__name__, e)
print(fib.cache_info())


def passing(fn):
    def wrapper(*args, **kwargs):
        return fn(*args, **kwargs)
    return wrapper


@passing
def down(n, step=1):
    return 0 if n <= 0 else 1 + down(n - step, step=step)


for depth in (400, 499, 500, 600):
    try:
        print(depth, down(depth))
    except RecursionError as e:
        print(depth, type(e).__name__, e)

sys.setrecursionlimit(40000)
print(down(15000))


@lru_cache(maxsize=None)
def ways(n):
    return 1 if n <= 1 else ways(n - 1) + ways(n - 2)


print(ways(5000) % 1000007)
print(ways.cache_info().currsize)
