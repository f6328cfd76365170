# dataclass inheritance (field order, overriding defaults), kw_only, KW_ONLY, InitVar, ClassVar
from dataclasses import dataclass, field, fields, KW_ONLY, InitVar
from typing import ClassVar

@dataclass
class Base:
    x: int
    y: int = 0

@dataclass
class Child(Base):
    z: int = 5
    y: int = 10

print(Child(1), [f.name for f in fields(Child)], Child.__match_args__)

@dataclass(kw_only=True)
class Options:
    verbose: bool = False
    level: int

print(Options(level=3), Options(level=1, verbose=True))
try:
    Options(True, 3)
except TypeError as e:
    print("TypeError:", e)

@dataclass
class Mixed:
    a: int
    _: KW_ONLY
    b: int
    c: int = 2

print(Mixed(1, b=2), Mixed.__match_args__)

@dataclass
class WithInitVar:
    raw: str
    upper: InitVar[bool] = False
    registry: ClassVar[list] = []

    def __post_init__(self, upper):
        if upper:
            self.raw = self.raw.upper()
        WithInitVar.registry.append(self.raw)

print(WithInitVar("a"), WithInitVar("b", True), WithInitVar.registry, [f.name for f in fields(WithInitVar)])

@dataclass
class KwBase:
    a: int = 1

@dataclass
class KwChild(KwBase):
    b: int = field(kw_only=True, default=0)
    c: int = 3

print(KwChild(5, 6, b=7), KwChild())
try:
    @dataclass
    class Broken(Base):
        w: int
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass(frozen=True)
    class FrozenChild(Base):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class NoAnnotation:
        a: int
        b = field(default=1)
except TypeError as e:
    print("TypeError:", e)
