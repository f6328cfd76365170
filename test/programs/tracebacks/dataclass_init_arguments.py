# wrong calls of a generated __init__ give Python's own TypeErrors, the last one uncaught
from dataclasses import dataclass, field

@dataclass
class Item:
    name: str
    price: float
    tags: list = field(default_factory=list)
    count: int = 1

for args, kwargs in [((), {}), (("a",), {}), (("a", 1, [], 2, 3), {}), (("a", 1), {"colour": "red"}),
                     (("a", 1), {"name": "b"})]:
    try:
        Item(*args, **kwargs)
    except TypeError as e:
        print("TypeError:", e)
print(Item("pen", 2.5))
Item(price=3)
