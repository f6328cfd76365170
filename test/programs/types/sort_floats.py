# Sorting exact floats compares the doubles directly (CPython's unsafe_float_compare), with the
# results float's own < gives: NaN is never less than anything (so where it ends up follows the
# merge order exactly), -0.0 and 0.0 are equal (a stable sort keeps their order), infinities;
# mixed float/int lists take the generic compare; tuples with a float first.
import math

nan = float('nan')
cases = [
    [3.5, -1.0, 2.25, 0.0, -0.0, 1e300, -math.inf, math.inf, 2.25],
    [0.0, -0.0, 0.0, -0.0],
    [1.0, nan, 0.5, 2.0, nan, -3.0, 0.25],
    [nan, 3.0, 2.0, 1.0],
    [2.0, 1, 1.5, True, -2, 0.5],
    [(1.5, 'b'), (0.5, 'z'), (1.5, 'a'), (-0.0, 'q'), (0.0, 'p')],
    [float(i % 7) / 3 for i in range(300)],
]
for c in cases:
    s = sorted(c)
    print([repr(x) for x in s])
    print([repr(x) for x in sorted(c, reverse=True)])
    print([repr(x) for x in sorted(c, key=lambda v: v if not isinstance(v, tuple) else v[0])][:12])
zeros = [0.0, -0.0, 0.0, -0.0, -0.0]
print([math.copysign(1, z) for z in sorted(zeros)])
big = [((i * 7919) % 10007) / 7.0 for i in range(5000)]
big.sort()
print(all(big[i] <= big[i + 1] for i in range(len(big) - 1)), big[0], big[-1], big[2500])
