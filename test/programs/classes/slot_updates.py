# Which special methods a class's operations use, as classes are made and changed: a dunder
# defined in the class or a Python base, one a builtin base defines first in the MRO, one
# assigned or deleted after the class exists (also on a base, reaching subclasses), and
# __hash__ set to None by __eq__ alone.


class Mixin:
    def __add__(self, other):
        return 'Mixin.__add__'

    def __len__(self):
        return 7

    def __repr__(self):
        return '<Mixin>'


class IntFirst(int, Mixin):
    pass


class MixinFirst(Mixin, int):
    pass


print(IntFirst(2) + 3, MixinFirst(2) + 3)
print(repr(IntFirst(5)), repr(MixinFirst(5)))
print(len(MixinFirst(1)))
try:
    len(IntFirst(1))
except TypeError as e:
    print('TypeError:', e)
else:
    print('len(IntFirst) =', len(IntFirst(1)))


class Plain:
    pass


p = Plain()
try:
    p + 1
except TypeError as e:
    print('TypeError:', e)
Plain.__add__ = lambda self, other: ('added', other)
print(p + 1)
Plain.__radd__ = lambda self, other: ('radded', other)
print(1 + p)
del Plain.__add__
try:
    p + 1
except TypeError as e:
    print('TypeError:', e)
print(1 + p)


class Base:
    pass


class Child(Base):
    pass


class GrandChild(Child):
    def __len__(self):
        return 3


c, g = Child(), GrandChild()
print(bool(c), bool(g))
Base.__len__ = lambda self: 0
Base.__bool__ = lambda self: True
print(bool(c), len(c), bool(g), len(g))
del Base.__bool__
print(bool(c), bool(g))
Base.__repr__ = lambda self: 'Base repr'
print(repr(c), repr(g), str(c))
Child.__str__ = lambda self: 'Child str'
print(str(c), str(g), repr(g))


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
try:
    hash(EqOnly())
except TypeError as e:
    print('TypeError:', e)
EqOnly.__hash__ = lambda self: 42
print(hash(EqOnly()))


class Called:
    pass


try:
    Called()()
except TypeError as e:
    print('TypeError:', e)
Called.__call__ = lambda self, *a: ('called', a)
print(Called()(1, 2))
Called.__getitem__ = lambda self, k: k * 2
Called.__iter__ = lambda self: iter([1, 2])
Called.__contains__ = lambda self, x: x == 'in'
obj = Called()
print(obj[21], list(obj), 'in' in obj, 'out' in obj)
Called.__neg__ = lambda self: 'neg'
Called.__lt__ = lambda self, other: 'lt'
Called.__iadd__ = lambda self, other: 'iadd'
x = Called()
print(-x, x < 1, 1 > x)
x += 1
print(x)
