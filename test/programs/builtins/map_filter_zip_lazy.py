# map/filter/zip are lazy iterators.
def noisy(x):
    print("called", x)
    return x * 10
m = map(noisy, [1, 2, 3])
print("map created", type(m).__name__)
print(next(m))
print(list(m))
f = filter(lambda x: x % 2, range(6))
print(type(f).__name__, list(f), list(f))
z = zip([1, 2, 3], "ab")
print(type(z).__name__, next(z), list(z))
