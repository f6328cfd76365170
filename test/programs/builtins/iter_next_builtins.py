# iter(), next() with default, and iterator exhaustion.
it = iter([1, 2])
print(next(it), next(it), next(it, "done"))
try:
    next(it)
except StopIteration as e:
    print("StopIteration", repr(e))
d = iter({"a": 1, "b": 2})
print(list(d), list(d))
s = iter("xy")
print(type(s).__name__, type(iter([])).__name__, type(iter(range(1))).__name__, type(iter({})).__name__)
try:
    next([1])
except TypeError as e:
    print(e)
