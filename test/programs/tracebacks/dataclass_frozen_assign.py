# assigning to a frozen dataclass field: FrozenInstanceError from the generated __setattr__
from dataclasses import dataclass, FrozenInstanceError

@dataclass(frozen=True)
class Point:
    x: float
    y: float

    def moved(self, dx):
        self.x += dx
        return self

p = Point(1.0, 2.0)
try:
    p.y = 5
except FrozenInstanceError as e:
    print(type(e).__name__, e, e.args)
try:
    del p.x
except AttributeError as e:
    print(type(e).__name__, e)
print(hash(p) == hash(Point(1.0, 2.0)))
p.moved(3)
