# sorted() returns a new list; reversed() returns an iterator; list(...) copies.
orig = [3, 1, 2]
s = sorted(orig)
print(orig, s, s is orig)
r = reversed(orig)
print(type(r).__name__, list(r), list(r))
print(sorted("bca", reverse=True), sorted((3, 1)), sorted({"b": 1, "a": 2}.items()))
try:
    reversed({1, 2})
except TypeError as e:
    print(e)
