# sum(): CPython adds exact ints and floats without an object per step; the results, the errors
# and the refcounts must be the same.
import sys


class I(int):
    def __add__(self, other):
        return I(int(self) + int(other) + 1000)

    __radd__ = __add__


class F(float):
    pass


class Boom:
    def __radd__(self, other):
        raise ValueError('boom at ' + repr(other))


print(sum(range(100000)), sum([True, False, True, 5]), sum([], 7), sum([1.5, 2, 3]))
print(sum([2 ** 62, 2 ** 62, 2 ** 62]), sum([2 ** 63 - 1, 1]), sum([-2 ** 63, -1]), sum([2 ** 70, 1]))
print(sum([2 ** 52, 2 ** 52, 2 ** 52, -2 ** 53]), sum([1, 2.5, 2 ** 64, 1]), sum([0.1] * 10))
print(sum([1, I(2), 3]), sum([1.0, I(2), 3]), sum([F(1.5), 2]), sum([1, 2], 0.5), sum([[1], [2]], []))
print(sum((x * x for x in range(50)), 10), sum([1, 2, 3], start=I(1)), sum([2 ** 63, -1]))
print(type(sum([1.0, True])), type(sum([True, True])), type(sum([F(1.0)])), sum([1e308, 1e308, -1e308]))
print(sum([1, 2 ** 63 - 10, 100, 2.5]), sum([float('inf'), 1]), sum([], -0.0), sum([-0.0]))
for bad in ([1, 2, Boom()], [1.0, Boom()], [1, 'x']):
    try:
        sum(bad)
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
try:
    sum(['a', 'b'], '')
except TypeError as e:
    print(e)
big = [10 ** 6 + i for i in range(100)]
print(sum(big))
print(sys.getrefcount(big[0]), sys.getrefcount(big))
