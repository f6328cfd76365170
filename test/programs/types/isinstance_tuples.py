# type checks with tuples of types, numbers tower, bool as int.
vals = [1, 1.0, True, "s", b"b", None, [1], (1,), {1: 2}, {1}, 1j, range(1)]
for v in vals:
    print(type(v).__name__, isinstance(v, (int, float)), isinstance(v, (list, tuple, range)), isinstance(v, (str, bytes)))
