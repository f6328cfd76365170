# lru_cache / cache: hits, misses, eviction order, typed, cache_clear, methods
import functools

calls = []
@functools.lru_cache(maxsize=2)
def sq(n):
    calls.append(n)
    return n * n

print(sq(2), sq(3), sq(2), sq(4), sq(3), sq(2))
print(calls, sq.cache_info(), sq.cache_parameters())
sq.cache_clear()
print(sq.cache_info())
print(sq.__name__, sq.__wrapped__.__name__, type(sq).__name__)

@functools.lru_cache
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(60), fib.cache_info())

@functools.cache
def fact(n):
    return 1 if n == 0 else n * fact(n - 1)
print(fact(20), fact.cache_info())

@functools.lru_cache(maxsize=None, typed=True)
def ident(x):
    return type(x).__name__
print(ident(1), ident(1.0), ident(True), ident.cache_info())

@functools.lru_cache(maxsize=0)
def nocache(x):
    return x
nocache(1); nocache(1)
print(nocache.cache_info())

@functools.lru_cache()
def kw(a, b=2):
    return a + b
print(kw(1), kw(1, b=2), kw(a=1, b=2), kw(1), kw.cache_info())
try:
    kw([1])
except TypeError as e:
    print(e)
try:
    functools.lru_cache('bad')
except TypeError as e:
    print(e)

class Thing:
    def __init__(self, v):
        self.v = v
    @functools.lru_cache(maxsize=None)
    def doubled(self):
        print("computing", self.v)
        return self.v * 2
t = Thing(5)
print(t.doubled(), t.doubled(), Thing.doubled.cache_info())
print(sorted(k for k in sq.__dict__))
