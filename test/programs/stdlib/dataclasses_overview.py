# dataclasses: a tour of the generated methods, options, helpers and errors
from dataclasses import dataclass, field, fields, asdict, astuple, replace, FrozenInstanceError, InitVar, KW_ONLY, is_dataclass, make_dataclass
from typing import ClassVar, List
@dataclass
class Point:
    x: int
    y: int = 0
    tags: list = field(default_factory=list)
p = Point(1)
print(p, p == Point(1), p != Point(2), Point(1, 2, ['a']))
try: Point()
except TypeError as e: print(e)
print(fields(p)[0].name, [f.name for f in fields(Point)], asdict(p), astuple(p), replace(p, y=5))
print(Point.__init__.__qualname__, Point.__match_args__, Point.__hash__)
@dataclass(frozen=True, order=True)
class V:
    a: int
    b: str = "z"
v = V(1)
try: v.a = 3
except FrozenInstanceError as e: print("FIE", e, isinstance(e, AttributeError))
try: del v.b
except FrozenInstanceError as e: print("FIE", e)
print(hash(v) == hash((1, "z")), V(1) < V(2), V(1, "a") <= V(1, "b"), sorted([V(3), V(1)]))
try:
    @dataclass
    class Bad:
        a: int = 1
        b: str
except TypeError as e: print(e)
try:
    @dataclass
    class Bad2:
        a: list = []
except ValueError as e: print(e)
@dataclass
class C:
    n: int
    k: ClassVar[int] = 5
    scale: InitVar[int] = 2
    def __post_init__(self, scale):
        self.n *= scale
print(C(3), C(3, 10), [f.name for f in fields(C)], C.k)
@dataclass
class K:
    a: int
    _: KW_ONLY
    b: int = 1
    c: int
print(K(1, c=3))
try: K(1, 2, 3)
except TypeError as e: print(e)
@dataclass
class Base:
    x: int = 0
@dataclass
class Derived(Base):
    y: int = 1
print(Derived(), Derived(5, 6), is_dataclass(Derived), is_dataclass(Derived()), is_dataclass(3))
M = make_dataclass("M", [("a", int), ("b", str, field(default="q"))])
print(M(1), M(2, "w"))
@dataclass(eq=False)
class NE:
    a: int
print(NE(1) == NE(1), NE.__hash__ is object.__hash__)
@dataclass
class Rec:
    items: list
r = Rec([]); r.items.append(r); print(r)
@dataclass
class Nest:
    p: Point
    ps: list
print(asdict(Nest(Point(1), [Point(2)])))
print(repr(fields(Point)[2]).replace(hex(id(fields(Point)[2].default)), "ADDR"))
print(Point.__doc__, V.__doc__)
try: fields(3)
except TypeError as e: print(e)
try: replace(C(1), scale=3, n=2); print(replace(C(1), scale=3))
except ValueError as e: print(e)
