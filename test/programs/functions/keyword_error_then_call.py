# A keyword call that fails after some keywords were matched (a keyword repeats a parameter given
# positionally), then calls of the same function that leave those parameters to their defaults:
# the failed call must leave nothing behind in the reused frame.
import sys


def f(a, b=2, c=3):
    return (a, b, c)


def g(a, b=2, *, c=3, d=4):
    return (a, b, c, d)


big = int("7" * 25)
for i in range(3):
    try:
        f(1, c=5, a=2)
    except TypeError as e:
        print(e)
    try:
        g(1, d=big, c=big, a=2)
    except TypeError as e:
        print(e)
    print(f(1), f(1, b=7), f(a=4))
    print(g(1), g(1, c=8), g(a=4, b=5))
print(sys.getrefcount(big))
