# namedtuple: fields, defaults, _make/_asdict/_replace, errors, repr
from collections import namedtuple
import copy
P = namedtuple('P', 'x y', defaults=[2])
print(P(1), P._fields, P._field_defaults, P.__doc__, P.x.__doc__, P.__new__.__doc__, P.__module__)
print(P._make([1, 2]), P(1)._asdict(), P(1)._replace(x=5), P.__match_args__, P.__slots__)
try:
    P(1)._replace(z=1)
except ValueError as e:
    print(e)
try:
    P._make([1])
except TypeError as e:
    print(e)
try:
    P()
except TypeError as e:
    print(e)
try:
    P(1, 2, 3)
except TypeError as e:
    print(e)
for bad in [('1x', 'a'), ('X', 'class'), ('X', '_a'), ('X', 'a a'), ('X', 'a-b')]:
    try:
        namedtuple(*bad)
    except ValueError as e:
        print(e)
print(namedtuple('R', 'a _b class a', rename=True)._fields)
try:
    namedtuple('X', 'a b', defaults=[1, 2, 3])
except TypeError as e:
    print(e)
print(P(1).__getnewargs__(), type(P.x), P.x)
print(P(1) == (1, 2), hash(P(1)) == hash((1, 2)), copy.copy(P(3)), copy.deepcopy(P([1])))
x, y = P(5, 6)
print(x, y, P(y=1, x=2), isinstance(P(1), tuple), len(P(1)))
try:
    P(1).x = 3
except AttributeError as e:
    print(e)
Point3 = namedtuple('Point3', ['a', 'b', 'c'])
p = Point3(1, 2, 3)
print(p, p[1], p[-1], p[:2], p.count(2), p.index(3), Point3.__name__, Point3.__qualname__)
class Sub(namedtuple('Base', 'u v')):
    def total(self):
        return self.u + self.v
print(Sub(1, 2), Sub(1, 2).total(), Sub.__mro__[1].__name__)
print(namedtuple('One', 'a')(1), namedtuple('Empty', '')())
