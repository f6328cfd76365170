# partial: calls, flattening, repr, read-only attributes, refcounts of bound arguments
import functools
import sys

def f(a, b, c=3, *, d=4):
    return (a, b, c, d)

p = functools.partial(f, 1, d=9)
print(p(2), p(2, 5), p(2, d=0), p.func is f, p.args, p.keywords)
print(repr(p).startswith("functools.partial(<function f at"), repr(p).endswith(", 1, d=9)"))
q = functools.partial(p, 7)
print(q(), q.func is f, q.args, q.keywords)
for bad in [lambda: functools.partial(1), lambda: functools.partial()]:
    try:
        bad()
    except TypeError as e:
        print(e)
try:
    p.func = len
except AttributeError as e:
    print(e)
p.note = "attr"
print(p.__dict__)
class MyPartial(functools.partial):
    pass
m = MyPartial(f, 1)
print(repr(m).startswith("MyPartial(<function f"), m(2), type(m).__name__)
print(repr(functools.partial(max, 1, 2)))
x = object()
before = sys.getrefcount(x)
pp = functools.partial(print, x)
print(sys.getrefcount(x) - before)
del pp
print(sys.getrefcount(x) - before)
int2 = functools.partial(int, base=2)
print(int2('1011'), int2('11', base=10))
class C:
    def method(self, a, b):
        return (self.__class__.__name__, a, b)
    pm = functools.partialmethod(method, 1)
print(C().pm(2), repr(C.__dict__['pm']).startswith('functools.partialmethod('))
print(functools.reduce(lambda a, b: a * b, [1, 2, 3, 4]), functools.reduce(lambda a, b: a + b, [], 10))
for args in [(lambda a, b: a, []), (len, 1)]:
    try:
        functools.reduce(*args)
    except TypeError as e:
        print(e)
try:
    functools.reduce()
except TypeError as e:
    print(e)
