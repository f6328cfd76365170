# Positional-only parameters and their errors.
def f(a, b, /, c, *, d=4):
    return a, b, c, d
print(f(1, 2, 3), f(1, 2, c=3, d=5))
try:
    f(1, b=2, c=3)
except TypeError as e:
    print(e)
def g(x, /, **kw):
    return x, kw
print(g(1, x=2))
try:
    f(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
