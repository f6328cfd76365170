# total_ordering, cmp_to_key, cached_property
import functools

@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts
    def __eq__(self, other):
        return self.parts == other.parts
    def __lt__(self, other):
        return self.parts < other.parts
    def __repr__(self):
        return "V" + ".".join(map(str, self.parts))

a, b = Version(1, 2), Version(1, 10)
print(a < b, a > b, a <= b, a >= b, a <= a, sorted([b, a]))
print(Version.__gt__.__name__, Version.__le__.__name__, Version.__ge__.__qualname__)

@functools.total_ordering
class ByGe:
    def __init__(self, v):
        self.v = v
    def __ge__(self, other):
        if not isinstance(other, ByGe):
            return NotImplemented
        return self.v >= other.v
    def __eq__(self, other):
        return self.v == other.v
print(ByGe(1) < ByGe(2), ByGe(3) > ByGe(2), ByGe(2) <= ByGe(2))
try:
    ByGe(1) < 5
except TypeError as e:
    print(e)
try:
    @functools.total_ordering
    class Nothing:
        pass
except ValueError as e:
    print(e)

def cmp_len(x, y):
    return len(x) - len(y)
words = ["ccc", "a", "bb", "dddd", "ee"]
print(sorted(words, key=functools.cmp_to_key(cmp_len)))
K = functools.cmp_to_key(cmp_len)
print(K("aa") < K("b"), K("aa") == K("bb"), K("a") <= K("b"))
try:
    hash(K("a"))
except TypeError:
    print("KeyWrapper is unhashable")
print(K("abc").obj)

class Data:
    def __init__(self, n):
        self.n = n
    @functools.cached_property
    def total(self):
        print("computing total")
        return sum(range(self.n))
d = Data(10)
print(d.total, d.total, d.__dict__)
del d.total
print(d.total)
print(type(Data.total).__name__, Data.total.attrname)
class Slotted:
    __slots__ = ()
    @functools.cached_property
    def x(self):
        return 1
try:
    Slotted().x
except TypeError as e:
    print(e)
cp = functools.cached_property(lambda self: 1)
class Late:
    pass
Late.z = cp
try:
    Late().z
except TypeError as e:
    print(e)
