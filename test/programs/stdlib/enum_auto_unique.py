# auto() values for Enum/Flag/StrEnum, _generate_next_value_, @unique, mixing explicit values
from enum import Enum, Flag, StrEnum, auto, unique

class Weekday(Enum):
    MONDAY = auto()
    TUESDAY = auto()
    WEDNESDAY = 10
    THURSDAY = auto()

print(list(Weekday))

class Perm(Flag):
    READ = auto()
    WRITE = auto()
    EXEC = auto()

print(list(Perm), Perm.READ.value, Perm.EXEC.value)

class Named(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.title() + str(count)
    ALPHA = auto()
    BETA = auto()

print(list(Named))

class Level(StrEnum):
    LOW = auto()
    HIGH = auto()

print(list(Level), Level.LOW == "low", Level("high"), str(Level.HIGH), Level.LOW.upper())

@unique
class Fine(Enum):
    A = 1
    B = 2

print(Fine.A, Fine.B)
try:
    @unique
    class Dup(Enum):
        A = 1
        B = 1
        C = 2
        D = 2
except ValueError as e:
    print("ValueError:", e)

try:
    class Twice(Enum):
        A = 1
        A = 2
except TypeError as e:
    print("TypeError:", e)

try:
    class Extended(Weekday):
        FRIDAY = 5
except TypeError as e:
    print("TypeError:", e)

class Base(Enum):
    def hello(self):
        return "hello " + self.name

class Greeting(Base):
    ONE = 1

print(Greeting.ONE.hello())
