# * and ** unpacking in calls and displays.
def f(a, b, c, d=0, **kw):
    return a, b, c, d, kw
args = [1, 2]
print(f(*args, 3), f(*[1], *(2, 3)), f(1, *"xy", d=4))
print(f(**{"a": 1, "b": 2, "c": 3}, e=5), f(1, 2, **{"c": 3}, **{"x": 0}))
print([*range(3), *"ab", 9], (*[1, 2],), {*[1, 1, 2]} == {1, 2})
print({**{"a": 1, "b": 2}, "b": 3, **{"c": 4}})
print(*[1, 2, 3], sep="-")
try:
    f(1, 2, 3, **{"a": 9})
except TypeError as e:
    print(e)
