# set and frozenset operations (always printed sorted).
a, b = {1, 2, 3, 4}, {3, 4, 5}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(sorted(a.union([9])), sorted(a.intersection(b, {4})), a.isdisjoint({7}), {1, 2} <= a, {1, 2} < {1, 2})
s = set()
s.add(3); s.add(3); s.update([1, 2], (7,))
s.discard(100); s.remove(7)
print(sorted(s), len(s), 2 in s)
try:
    s.remove(42)
except KeyError as e:
    print("KeyError", e)
f = frozenset([3, 1, 2])
print(sorted(f), f == {1, 2, 3}, hash(f) == hash(frozenset({1, 2, 3})), type(f | {4}).__name__)
print({frozenset({1}): "x"}[frozenset([1])], set() == frozenset(), repr(set()), repr(frozenset()))
print(sorted({(1, 2), (1, 2), (0, 5)}), s.pop() in {1, 2, 3}, len({1, 1.0, True}))
try:
    {[1]}
except TypeError as e:
    print(e)
