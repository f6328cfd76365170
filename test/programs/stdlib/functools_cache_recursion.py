# memoised recursion with cache/lru_cache: counts, cache growth, clearing, typed keys
import functools

@functools.cache
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)
print(paths(10, 10), paths.cache_info())

@functools.lru_cache(maxsize=32)
def collatz(n):
    if n == 1:
        return 0
    return 1 + collatz(n // 2 if n % 2 == 0 else 3 * n + 1)
print([collatz(i) for i in range(1, 20)], collatz.cache_info().currsize <= 32, collatz.cache_info().maxsize)
seen = []
@functools.lru_cache(maxsize=3)
def look(key):
    seen.append(key)
    return key.upper()
for k in ['a', 'b', 'c', 'a', 'd', 'b', 'a', 'e', 'c']:
    look(k)
print(seen, look.cache_info())
look.cache_clear()
look('a')
print(look.cache_info())

@functools.lru_cache(typed=True)
def kind(x):
    return repr(x)
print(kind(1), kind(1.0), kind(True), kind.cache_info().misses)

calls = 0
@functools.lru_cache(maxsize=None)
def costly(*args, **kwargs):
    global calls
    calls += 1
    return len(args) + len(kwargs)
costly(1, 2)
costly(1, 2)
costly(1, b=2)
costly(b=2, a=1)
costly(a=1, b=2)
print(calls, costly.cache_info())
