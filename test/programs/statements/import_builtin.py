# Importing builtin modules: sys and math, with the import forms.
import sys
import math
import math as m
from math import sqrt, pi as PI
from sys import maxsize
print(math.sqrt(16), m.floor(-2.5), sqrt(2), PI, math.e)
print(math.gcd(12, 18), math.factorial(10), math.isqrt(17), math.ceil(2.1))
print(math.inf, math.isnan(math.nan), math.copysign(1, -0.0), math.fabs(-3))
print(math.log(math.e), math.log2(1024), math.log10(1000), math.pow(2, 10))
print(math.hypot(3, 4), math.trunc(-3.7), math.isclose(0.1 + 0.2, 0.3), math.prod([1, 2, 3, 4]))
print(maxsize == sys.maxsize, m is math, type(math).__name__, math.__name__)
