# RecursionError messages name the check that tripped: comparisons outside CPython's specialised
# COMPARE_OP forms check the depth (' in comparison'), and so do repr/str/== of deeply nested
# containers, instead of overflowing the JS stack.
import sys
def f(n):
    return n <= 0 or f(n - 1)
def g(n):
    if n <= 0:
        return 0
    return g(n - 1)
def h(n):
    x = n < 0
    return h(n - 1)
def k(n):
    x = 1.5 < n
    return k(n - 1)
for fn in (f, g, h, k):
    try:
        fn(10000)
    except RecursionError as e:
        print(fn.__name__, e)
l = []
for i in range(100000):
    l = [l]
try:
    repr(l)
except RecursionError as e:
    print(e)
d = {}
for i in range(100000):
    d = {'k': d}
try:
    str(d)
except RecursionError as e:
    print(e)
try:
    l == l[0]
except RecursionError as e:
    print(e)
