# Weak references to generators.
import weakref

def gen():
    yield 1
    yield 2

g = gen()
r = weakref.ref(g, lambda w: print('generator freed'))
print(next(r()))
print(weakref.getweakrefcount(g))
del g
print(r())
def running():
    try:
        yield 1
    finally:
        print('generator closed')
h = running()
next(h)
rh = weakref.ref(h, lambda w: print('callback after close'))
del h
print('end')
