# order=True comparisons, eq/frozen/unsafe_hash combinations and what __hash__ becomes
from dataclasses import dataclass

@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0

versions = [Version(1, 2), Version(1, 0, 5), Version(0, 9), Version(1, 2, 1)]
print(sorted(versions), max(versions), Version(1) < Version(1, 0, 1), Version(2) >= Version(1, 9))
print(Version(1) == Version(1, 0, 0), Version(1).__lt__(5))
try:
    Version(1) < (1, 0, 0)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Plain:
    a: int
print(Plain.__hash__)
try:
    hash(Plain(1))
except TypeError as e:
    print("TypeError:", e)

@dataclass(frozen=True)
class Frozen:
    a: int
    b: str = "x"
print(hash(Frozen(1)) == hash((1, "x")), len({Frozen(1), Frozen(1), Frozen(2)}))

@dataclass(unsafe_hash=True)
class Unsafe:
    a: int
print(hash(Unsafe(3)) == hash((3,)))

@dataclass(eq=False)
class Identity:
    a: int
x = Identity(1)
print(x == Identity(1), x == x, hash(x) == id(x) >> 4 or True)

@dataclass
class OwnHash:
    a: int
    def __hash__(self):
        return 42
print(hash(OwnHash(1)))
try:
    @dataclass(order=True, eq=False)
    class Conflict:
        a: int
except ValueError as e:
    print("ValueError:", e)
try:
    @dataclass(order=True)
    class HasLt:
        a: int
        def __lt__(self, other):
            return True
except TypeError as e:
    print("TypeError:", e)
