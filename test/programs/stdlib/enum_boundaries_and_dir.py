# Flag boundaries (STRICT, CONFORM, EJECT, KEEP), _ignore_, _order_, __dir__, dir(), members'
# __objclass__, and Enum-valued class attributes that are not members
from enum import Enum, Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP, FlagBoundary, auto

class Strict(Flag, boundary=STRICT):
    A = 1
    B = 2

class Conform(Flag, boundary=CONFORM):
    A = 1
    B = 2

class Eject(Flag, boundary=EJECT):
    A = 1
    B = 2

class Keep(Flag, boundary=KEEP):
    A = 1
    B = 2

for cls in (Strict, Conform, Eject, Keep):
    try:
        print(cls.__name__, repr(cls(7)), cls._boundary_)
    except ValueError as e:
        print(cls.__name__, "ValueError:", e)
print(list(FlagBoundary), IntFlag._boundary_, Flag._boundary_)

class Period(Enum):
    _ignore_ = "Period i"
    Period = vars()
    for i in range(3):
        Period[f"DAY_{i}"] = i

print(list(Period), Period.DAY_2.value)

class Ordered(Enum):
    _order_ = "RED GREEN"
    RED = 1
    GREEN = 2

print(list(Ordered))
try:
    class BadOrder(Enum):
        _order_ = "B A"
        A = 1
        B = 2
except TypeError as e:
    print("TypeError:", e)

class Color(Enum):
    RED = 1
    BLUE = 2

    def describe(self):
        return self.name.lower()

    @property
    def doubled(self):
        return self.value * 2

print(dir(Color.RED), dir(Color))
print(Color.RED.__objclass__, Color.RED.doubled, Color.BLUE.describe(), Color.RED._name_, Color.RED._value_)
print(Color._member_names_, Color._value2member_map_, list(Color._member_map_))
