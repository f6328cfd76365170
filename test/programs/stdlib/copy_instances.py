# copy/deepcopy of instances: __reduce_ex__ path, __dict__ and __slots__ state, __copy__/__deepcopy__
import copy

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"

p = Point(1, [2, 3])
s = copy.copy(p)
d = copy.deepcopy(p)
print(s, d, s is p, s.y is p.y, d.y is p.y, d.y == p.y)

class Slots:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = [1]
o = Slots()
c = copy.copy(o)
print(c.a is o.a, hasattr(c, 'b'), copy.deepcopy(o).a == [1], copy.deepcopy(o).a is o.a)
print(Slots.__dict__.get('__slotnames__'))

class Both:
    __slots__ = ('s', '__dict__')
b = Both()
b.s = 1
b.d = 2
bc = copy.copy(b)
print(bc.s, bc.d)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("custom __copy__")
        return Custom(self.v)
    def __deepcopy__(self, memo):
        print("custom __deepcopy__", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo))
x = Custom([1])
print(copy.copy(x).v is x.v, copy.deepcopy(x).v is x.v)

class WithState:
    def __init__(self):
        self.data = 1
        self.cache = "drop me"
    def __getstate__(self):
        st = self.__dict__.copy()
        del st['cache']
        return st
    def __setstate__(self, st):
        print("setstate", sorted(st))
        self.__dict__.update(st)
ws = copy.deepcopy(WithState())
print(ws.data, hasattr(ws, 'cache'))

class Reduced:
    def __init__(self, a):
        self.a = a
    def __reduce__(self):
        return (Reduced, (self.a * 10,))
print(copy.copy(Reduced(2)).a, copy.deepcopy(Reduced(3)).a)

class NewArgs(int):
    def __new__(cls, v):
        return super().__new__(cls, v)
n = copy.copy(NewArgs(5))
print(n, type(n).__name__, copy.deepcopy(NewArgs(6)))

class MyList(list):
    pass
ml = MyList([1, [2]])
ml.tag = 't'
mc = copy.deepcopy(ml)
print(mc, type(mc).__name__, mc.tag, mc[1] is ml[1])
class MyDict(dict):
    pass
md = copy.copy(MyDict(a=1))
print(md, type(md).__name__)

def f():
    pass
print(copy.copy(f) is f, copy.deepcopy(f) is f, copy.deepcopy(Point) is Point)
class Uncopyable:
    def __reduce_ex__(self, proto):
        raise TypeError("no way")
try:
    copy.copy(Uncopyable())
except TypeError as e:
    print(e)
print(copy.Error is copy.error, issubclass(copy.Error, Exception))
