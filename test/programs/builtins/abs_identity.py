# abs() of an int: a non-negative exact int comes back as the same object (with one more
# reference), a negative one or an int subclass's value as a new int.
import sys


class MyInt(int):
    pass


for x in [0, 5, 10**6, 2**62, 2**100, -1, -10**6, -2**100]:
    before = sys.getrefcount(x)
    y = abs(x)
    print(x, y, y is x, sys.getrefcount(x) - before)
    del y
for x in [MyInt(7), MyInt(-7), MyInt(10**6)]:
    y = abs(x)
    print(type(y).__name__, y, y is x)
print(abs(True), type(abs(True)).__name__, type(abs(False)).__name__)
print(abs(-2.5), abs(3 + 4j))
