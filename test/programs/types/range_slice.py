# range and slice objects.
r = range(2, 20, 3)
print(r, list(r), len(r), r[2], r[-1], r[1:3], 8 in r, 9 in r, r.index(11), r.count(5))
print(list(range(5, 0, -2)), len(range(0)), range(10)[::-1], range(0, 10, 2) == range(0, 9, 2))
print(list(reversed(range(4))), range(3) == range(3), bool(range(0)), range(10**20)[-1])
try:
    range(1, 2, 0)
except ValueError as e:
    print(e)
s = slice(1, 10, 2)
print(s, s.start, s.stop, s.step, s.indices(6), slice(3), slice(None, None, -1).indices(4))
print("abcdefghij"[s], [0, 1, 2, 3][slice(-2, None)])
