# slots=True, __match_args__, recursive repr, custom methods kept
from dataclasses import dataclass, field

@dataclass(slots=True)
class Slotted:
    a: int
    b: str = "b"

s = Slotted(1)
print(s, Slotted.__slots__, hasattr(s, "__dict__"))
try:
    s.c = 3
except AttributeError as e:
    print("AttributeError:", type(e).__name__)

@dataclass
class Point:
    x: int
    y: int

print(Point.__match_args__, Point(1, 2).__match_args__)

@dataclass
class Node:
    value: int
    children: list = field(default_factory=list)

root = Node(1)
root.children.append(Node(2, [root]))
print(root)

@dataclass
class Custom:
    a: int
    def __repr__(self):
        return f"<Custom {self.a}>"
    def __eq__(self, other):
        return True
print(Custom(1), Custom(1) == Custom(2), Custom.__hash__)
