# fields, asdict, astuple, replace, is_dataclass, make_dataclass on nested dataclasses
from dataclasses import dataclass, field, fields, asdict, astuple, replace, is_dataclass, make_dataclass

@dataclass
class Address:
    city: str
    zip: str = "00000"

@dataclass
class Person:
    name: str
    address: Address
    phones: list = field(default_factory=list)
    meta: dict = field(default_factory=dict)

p = Person("ann", Address("Oslo"), ["123"], {"k": (1, 2)})
d = asdict(p)
print(d, type(d["address"]))
d["phones"].append("999")
print(p.phones, astuple(p))
print(asdict(p, dict_factory=lambda items: sorted(items)))
q = replace(p, name="bob")
print(q, q.address is p.address, p)
print([f.name for f in fields(p)], [f.type for f in fields(Person)])
print(is_dataclass(p), is_dataclass(Person), is_dataclass(dict), is_dataclass({}))
for bad in (asdict, astuple):
    try:
        bad(5)
    except TypeError as e:
        print("TypeError:", e)
try:
    replace(Address("x"), street="y")
except TypeError as e:
    print("TypeError:", e)
Pair = make_dataclass("Pair", ["left", ("right", int, field(default=0))], order=True)
print(Pair(1), Pair(1, 2) < Pair(1, 3), [f.name for f in fields(Pair)], Pair.__name__)
Shape = make_dataclass("Shape", [("sides", int)], namespace={"describe": lambda self: f"{self.sides}-gon"})
print(Shape(5).describe())
try:
    make_dataclass("Bad", ["class"])
except TypeError as e:
    print("TypeError:", e)
try:
    make_dataclass("Bad", ["a", "a"])
except TypeError as e:
    print("TypeError:", e)
