# Tuples: immutability, methods, comparison, nesting, single-element syntax.
t = (1, 2, 3, 2)
print(t.count(2), t.index(3), len(t), t[1:], t + (4,), t * 2, 2 in t)
print((1,), (), tuple("ab"), tuple([1, [2]]), (1, 2) < (1, 2, 0), (2,) > (1, 99))
try:
    t[0] = 5
except TypeError as e:
    print(e)
nested = ([1], 2)
nested[0].append(3)
print(nested)
a, = (7,)
print(a, type(()).__name__, (1, 2) == (1, 2), hash((1, 2)) == hash((1, 2)))
try:
    hash(([1], 2))
except TypeError as e:
    print(e)
