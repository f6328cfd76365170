# Enums with data types and methods: IntEnum arithmetic, tuple values unpacked into __init__,
# custom __new__ with _value_, _missing_, properties, comparisons
from enum import Enum, IntEnum

class Planet(Enum):
    MERCURY = (3.303e+23, 2.4397e6)
    EARTH = (5.976e+24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)

print(Planet.EARTH.value, Planet.EARTH.mass, round(Planet.EARTH.surface_gravity, 2))

class Priority(IntEnum):
    LOW = 1
    MID = 5
    HIGH = 10

print(Priority.LOW < Priority.HIGH, Priority.MID + 1, sorted([Priority.HIGH, Priority.LOW]))
print(Priority(5), str(Priority.HIGH), repr(Priority.HIGH), Priority.HIGH == 10, max(Priority))
print([p * 2 for p in Priority], f"{Priority.MID}", "{:03d}".format(Priority.LOW))

class Coin(Enum):
    def __new__(cls, value, label):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.label = label
        return obj
    PENNY = (1, "one cent")
    DIME = (10, "ten cents")

print(Coin(10), Coin.PENNY.label, Coin.DIME.value)

class Answer(Enum):
    YES = "y"
    NO = "n"

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            for member in cls:
                if member.value == value.lower():
                    return member
        return None

print(Answer("Y"), Answer("n"))
try:
    Answer("maybe")
except ValueError as e:
    print("ValueError:", e)
try:
    Answer.YES < Answer.NO
except TypeError as e:
    print("TypeError:", e)

class Str(str, Enum):
    A = "alpha"

print(Str.A == "alpha", Str.A.upper(), repr(Str.A), isinstance(Str.A, str))

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, Animal(3), Animal.__module__)
Pos = IntEnum("Pos", [("LEFT", -1), ("RIGHT", 1)])
print(Pos.LEFT + Pos.RIGHT, repr(Pos.LEFT))
