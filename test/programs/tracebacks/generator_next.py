# next() on a generator whose body fails, and a generator expression inside sum().
def pairs(items):
    for a, b in items:
        yield a + b

g = pairs([(1, 2), (3, "x")])
print(next(g))
print(sum(x * 2 for x in [1, 2, None]))
