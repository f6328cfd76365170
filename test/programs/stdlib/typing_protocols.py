# Protocol classes: runtime_checkable isinstance/issubclass, explicit subclassing, the errors
from typing import Protocol, runtime_checkable, SupportsInt, SupportsFloat, SupportsIndex, Iterable

@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...

class Shape(Protocol):
    sides: int
    def area(self) -> float: ...

class Circle:
    def draw(self):
        return "()"

class Square(Shape):
    sides = 4
    def __init__(self, size):
        self.size = size
    def area(self):
        return self.size ** 2

class Nothing:
    pass

print(isinstance(Circle(), Drawable), isinstance(Nothing(), Drawable), issubclass(Circle, Drawable))
print(Square(3).area(), isinstance(Square(2), Square), Square.sides)
print(isinstance(3, SupportsInt), isinstance("3", SupportsInt), isinstance(2.5, SupportsFloat),
      isinstance(True, SupportsIndex))
for bad in (lambda: isinstance(Circle(), Shape), lambda: Drawable(), lambda: Shape()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    runtime_checkable(Nothing)
except TypeError as e:
    print("TypeError:", str(e).split(" got ")[0])
class Circle2(Circle):
    draw = None
print(isinstance(Circle2(), Drawable))
