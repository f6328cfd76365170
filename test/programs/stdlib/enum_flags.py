# Flag and IntFlag: combining, containment, iteration, inversion, boundaries, names of combinations
from enum import Flag, IntFlag, auto

class Perm(Flag):
    R = 4
    W = 2
    X = 1
    RWX = 7

rw = Perm.R | Perm.W
print(rw, repr(rw), rw.name, rw.value, bool(rw), len(rw))
print(Perm.R in rw, Perm.X in rw, list(rw), list(Perm))
print(repr(~Perm.R), repr(Perm.RWX), Perm(7), Perm(0), repr(Perm(0)), bool(Perm(0)))
print(rw & Perm.W, rw ^ Perm.R, Perm(3), Perm["RWX"], Perm.RWX is Perm(7))
try:
    Perm(8)
except ValueError as e:
    print("ValueError:", e)
try:
    1 in rw
except TypeError as e:
    print("TypeError:", e)

class Color(Flag):
    RED = auto()
    GREEN = auto()
    BLUE = auto()
    WHITE = RED | GREEN | BLUE

print(list(Color), Color.WHITE, Color.RED | Color.BLUE, ~Color.RED)

class Mode(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1

m = Mode.READ | Mode.WRITE
print(m, repr(m), m == 6, m + 1, m | 8, repr(m | 8), Mode(0), repr(Mode(0)))
print(isinstance(m, int), int(m), repr(~Mode.READ), format(m), f"{m:>4}")
print(Mode.READ & 4, repr(Mode.READ & 4), sorted([Mode.EXEC, Mode.READ]), Mode(16))
