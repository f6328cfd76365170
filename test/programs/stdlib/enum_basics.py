# Enum members: name/value, iteration, lookup by value and by name, aliases, __members__, identity
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    SCARLET = 1          # an alias of RED

print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(list(Color), len(Color))
print(Color(2), Color["BLUE"], Color.SCARLET is Color.RED, Color(1).name)
print(list(Color.__members__), Color.__members__["SCARLET"])
print([m.name for m in Color], [m.value for m in reversed(Color)])
print(Color.RED == Color.RED, Color.RED != Color.GREEN, Color.RED == 1)
print(isinstance(Color.RED, Color), type(Color.RED) is Color, Color.RED in Color)
print({Color.RED: "r", Color.GREEN: "g"}[Color.SCARLET])
print(sorted(Color, key=lambda c: c.value, reverse=True))
print(f"{Color.RED}", "%s" % Color.GREEN, format(Color.BLUE, ">12") + "|")
print(Color.RED.__class__.__name__, Color.__name__, Color)
for name, member in Color.__members__.items():
    print(name, member, member.name)
try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
try:
    Color.RED = 10
except AttributeError as e:
    print("AttributeError:", e)
try:
    Color.RED.name = "x"
except AttributeError as e:
    print("AttributeError:", e)

class Shape(Enum):
    SQUARE = "sq"
    CIRCLE = "ci"

    def describe(self):
        return f"{self.name.lower()} ({self.value})"

    @classmethod
    def default(cls):
        return cls.SQUARE

print(Shape.CIRCLE.describe(), Shape.default(), Shape("sq"))
print(hash(Shape.SQUARE) == hash("SQUARE"))
Color(9)
