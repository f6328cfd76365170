# A suspended generator's frame holds its locals and arguments.
import sys
def gen(obj):
    local = obj
    yield sys.getrefcount(obj)
    yield sys.getrefcount(obj)
a = []
print(sys.getrefcount(a))
g = gen(a)
print(sys.getrefcount(a))
print(next(g))
print(sys.getrefcount(a))
print(next(g))
g.close()
print(sys.getrefcount(a))
g2 = gen(a)
next(g2)
del g2
print(sys.getrefcount(a))
