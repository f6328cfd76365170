# namedtuple in practice: records from rows, sorting, _replace chains, pickling-related methods
from collections import namedtuple
import operator
Employee = namedtuple('Employee', 'name, age, title, dept', defaults=['staff', 'eng'])
rows = [('ann', 31), ('bo', 25, 'lead'), ('cy', 40, 'vp', 'exec')]
emps = [Employee(*r) for r in rows]
for e in sorted(emps, key=operator.attrgetter('age')):
    print(e)
print(emps[0]._replace(age=32, title='senior')._asdict())
print(Employee._fields, Employee._field_defaults, Employee.__new__.__defaults__)
Pair = namedtuple('Pair', ['left', 'right'], module='custom.module')
print(Pair.__module__, Pair(1, 2).__getnewargs__())
print({Pair(1, 2): 'hashable'}[Pair(1, 2)], Pair(1, 2) < Pair(1, 3), Pair(*'ab'), Pair(**{'left': 0, 'right': 1}))
Point = namedtuple('Point', 'x y')
class Vec(Point):
    __slots__ = ()
    @property
    def norm2(self):
        return self.x ** 2 + self.y ** 2
    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)
v = Vec(3, 4)
print(v, v.norm2, v + Vec(1, 1), type(v + Vec(1, 1)).__name__, v._fields)
try:
    v.z = 1
except AttributeError as e:
    print("AttributeError")
print(repr(Point.x), Point.x.__doc__, Point.__doc__)
print(Point.__match_args__)
