# the functional API: names as a string, list, pairs or mapping; start=, type=, module and qualname
from enum import Enum, IntEnum, Flag, StrEnum

A = Enum("A", "X Y Z")
B = Enum("B", "X, Y", start=10)
C = Enum("C", ["P", "Q"])
D = Enum("D", [("P", "p"), ("Q", "q")])
E = Enum("E", {"ONE": 1, "TWO": 2})
F = IntEnum("F", "LOW HIGH")
G = Flag("G", "R W X")
H = Enum("H", "M N", type=str)
S = StrEnum("S", "RED GREEN")
for cls in (A, B, C, D, E, F, G, H, S):
    print(cls, list(cls), cls.__module__)
print(F.HIGH + 1, G.R | G.X, H.M == "1" or H.M.value, S.RED == "red")
Q = Enum("Q", "K", qualname="Outer.Q", module="mymod")
print(Q.__qualname__, Q.__module__, repr(Q.K))
try:
    Enum("Bad", "mro")
except ValueError as e:
    print("ValueError:", e)
try:
    Enum("Bad", [("A", 1), ("A", 2)])
except TypeError as e:
    print("TypeError:", e)
