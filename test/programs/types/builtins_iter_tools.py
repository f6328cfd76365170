# min/max with key/default, sum with start, any/all, zip, enumerate, reversed.
print(min([3, 1, 2]), max("abc"), min(4, 2, 8), max([], default="empty"), min([(2, "b"), (1, "z")]))
print(max(["aa", "b", "cccc"], key=len), min({"x": 3, "y": 1}, key={"x": 3, "y": 1}.get))
print(sum([1, 2, 3]), sum([1, 2], 10), sum([[1], [2]], []), sum([0.1] * 10), sum(range(101)))
print(any([]), all([]), any([0, "", 3]), all([1, "x", [0]]), all(x > 0 for x in [1, -1]))
print(list(zip("abc", [1, 2, 3, 4])), list(zip()), list(zip([1, 2], "xy", (True, False))))
print(list(enumerate("xy")), list(enumerate("xy", start=10)), list(reversed([1, 2, 3])), list(reversed("ab")))
try:
    min([])
except ValueError as e:
    print(e)
try:
    list(zip([1, 2], [1], strict=True))
except ValueError as e:
    print(e)
