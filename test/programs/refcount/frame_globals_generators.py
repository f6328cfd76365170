# globals refcount with generators suspended and running, class bodies
import sys


def probe():
    return sys.getrefcount(globals())


base = probe()


def gen():
    yield sys.getrefcount(globals()) - base
    yield sys.getrefcount(globals()) - base


g = gen()
print("created", probe() - base)
print("running", next(g))
print("suspended", probe() - base)
print("running again", next(g))
gens = [gen() for _ in range(5)]
for x in gens:
    next(x)
print("5 suspended", probe() - base)
del gens
print("released", probe() - base)
g.close()
print("closed", probe() - base)
del g
print("deleted", probe() - base)


def deep_gen(n):
    if n:
        yield from deep_gen(n - 1)
    else:
        yield sys.getrefcount(globals()) - base


print("yield from depth 4", next(deep_gen(4)))


class K:
    inside = sys.getrefcount(globals()) - base

    def m(self):
        return sys.getrefcount(globals()) - base


print("class body", K.inside, "method", K().m())


print("genexpr", list(sys.getrefcount(globals()) - base for _ in range(2)))
print("listcomp", [sys.getrefcount(globals()) - base for _ in range(2)])


def make():
    def f():
        return 1
    return f


fns = [make() for _ in range(3)]
print("3 functions", probe() - base)
del fns
print("dropped", probe() - base)
