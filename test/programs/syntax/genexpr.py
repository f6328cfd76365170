# Generator expressions: laziness, single use, as the only argument.
g = (x * 2 for x in range(4))
print(type(g).__name__, next(g), list(g), list(g))
print(sum(x * x for x in range(10)), max(len(s) for s in ["a", "abc", "ab"]))
def noisy(n):
    for i in range(n):
        print("produce", i)
        yield i
h = (x + 100 for x in noisy(3))
print("created")
print(next(h))
print(list(h))
print(any(x > 1 for x in noisy(5)))
