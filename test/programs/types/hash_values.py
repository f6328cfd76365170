# hash() of ints, bools, floats and tuples is deterministic (strings are not: not tested).
print(hash(0), hash(1), hash(-1), hash(-2), hash(2**61 - 1), hash(2**61), hash(-(2**61)))
print(hash(True), hash(False), hash(None) == hash(None), hash(1.0), hash(1.5), hash(-0.5), hash(0.0) == hash(-0.0))
print(hash(10**30), hash(-(10**30)), hash(float("inf")), hash(float("-inf")))
print(hash((1, 2)), hash(()), hash((1, (2, 3))), hash((-1,)), hash((1, 2.0)) == hash((1, 2)))
print(hash(1 + 0j), hash(2j), hash(frozenset()) == hash(frozenset()))
