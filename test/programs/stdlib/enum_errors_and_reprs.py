# pyheap-test: stderr=full
# enum: error messages, reprs/strs of every kind, functional API, the DeprecationWarning of `in`
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique, StrEnum
def t(f):
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
t(lambda: Color(5))
t(lambda: Color['X'])
def f():
    class C(Enum):
        A = 1
        A = 2
t(f)
def f():
    class C(Color): pass
t(f)
def f(): Color.RED = 5
t(f)
def f(): del Color.RED
t(f)
def f(): Color.RED.value = 5
t(f)
def f():
    @unique
    class C(Enum):
        A = 1; B = 1; C = 2; D = 2
t(f)
t(lambda: 1 in Color)
t(lambda: Color.RED < Color.GREEN)
t(lambda: Color.__members__)
t(lambda: (str(Color.RED), format(Color.RED), f"{Color.RED:>12}", hash(Color.RED) == hash('RED')))
class Perm(Flag):
    R = 4; W = 2; X = 1
t(lambda: (Perm.R | Perm.W, str(Perm.R|Perm.W), Perm(0), str(Perm(0)), ~Perm.R, list(Perm), Perm(7), Perm(8)))
class IP(IntFlag):
    R = 4; W = 2; X = 1
t(lambda: (IP.R | IP.W, str(IP.R|IP.W), IP(0), str(IP(0)), ~IP.R, IP(8), IP.R | 8, IP.R + 1, format(IP.R)))
class N(IntEnum):
    ONE = 1; TWO = 2
t(lambda: (N.ONE, str(N.ONE), format(N.ONE), N.ONE + 1, N(2), N.ONE < N.TWO, f"{N.TWO}"))
class S(StrEnum):
    A = auto(); B = "bee"
t(lambda: (S.A, str(S.A), S.B, S.A.upper()))
class A(Enum):
    X = auto(); Y = auto(); Z = 10; W = auto()
t(lambda: list(A))
t(lambda: (Color.RED.name, Color.RED.value, Color.CRIMSON, Color(1), Color['CRIMSON'], len(Color), list(reversed(Color))))
t(lambda: Enum('Animal', 'ANT BEE CAT'))
t(lambda: list(Enum('Animal', 'ANT, BEE')))
t(lambda: list(Enum('Animal', [('A', 5), ('B', 6)])))
t(lambda: list(Enum('Animal', {'A': 'a'})))
t(lambda: (Color, type(Color), type(Color.RED), Color.RED is Color.RED, isinstance(Color.RED, Color)))
t(lambda: Perm.R in (Perm.R|Perm.W))
t(lambda: (Perm.R|Perm.W).name)
t(lambda: Perm(0).name)
t(lambda: dir(Color.RED))
t(lambda: dir(Color))
