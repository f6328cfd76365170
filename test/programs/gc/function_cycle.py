# Functions: a globals dict and its function form a cycle; so do recursive closures.
import gc
gc.collect()
d = {}
exec("def f(): pass", d)
del d
print(gc.collect())
def make():
    def inner(n):
        return inner(n - 1) if n else 0
    return inner
g = make()
print(g(3))
del g
print(gc.collect())
def h(): pass
h.attr = h
del h
print(gc.collect())
