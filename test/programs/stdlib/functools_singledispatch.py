# singledispatch: registration by class, by annotation, MRO and ABC dispatch
import functools
from collections import abc

@functools.singledispatch
def describe(x):
    return "object"

@describe.register(int)
def _(x):
    return "int"

@describe.register
def _(x: str):
    return "str"

@describe.register(abc.Sequence)
def _(x):
    return "sequence"

@describe.register(abc.Mapping)
def _(x):
    return "mapping"

class MyInt(int):
    pass

print(describe(1), describe(True), describe(MyInt(3)), describe("s"), describe([1]), describe((1,)),
      describe({}), describe(1.5), describe(None))
print(describe.dispatch(list).__name__, describe.dispatch(float) is describe.registry[object])
print(sorted(t.__name__ for t in describe.registry.keys()))
try:
    describe()
except TypeError as e:
    print(e)
try:
    describe.register(1)
except TypeError as e:
    print(e)
try:
    @describe.register
    def _(x):
        pass
except TypeError as e:
    print(str(e).split(':')[0])

class Shape:
    @functools.singledispatchmethod
    def area(self, arg):
        return "generic"
    @area.register
    def _(self, arg: int):
        return arg * arg
print(Shape().area(3), Shape().area("x"))
print(describe.__name__, describe.__wrapped__.__name__)
