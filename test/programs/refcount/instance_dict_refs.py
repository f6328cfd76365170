# The instance __dict__ and vars() see the same values.
import sys
class C:
    def __init__(self, v):
        self.v = v
x = []
objs = [C(x) for _ in range(5)]
print(sys.getrefcount(x))
objs[0].v = None
print(sys.getrefcount(x))
objs.pop()
print(sys.getrefcount(x))
dcopy = dict(vars(objs[1]))
print(sys.getrefcount(x))
del objs, dcopy
print(sys.getrefcount(x))
