# __eq__ and __hash__: defining __eq__ alone makes instances unhashable.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)
    def __hash__(self):
        return hash((self.x, self.y))
a, b = Point(1, 2), Point(1, 2)
print(a == b, a is b, a != b, a == (1, 2), len({a, b}), {a: "v"}[b])
class EqOnly:
    def __eq__(self, other):
        return True
print(EqOnly.__hash__, EqOnly() == 5)
try:
    hash(EqOnly())
except TypeError as e:
    print(e)
class Default:
    pass
d = Default()
print(d == d, d == Default(), hash(d) == hash(d))
