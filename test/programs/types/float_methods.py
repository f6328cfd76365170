# float methods: is_integer, as_integer_ratio, hex, fromhex; special values.
for x in [1.0, 2.5, 0.1, -0.75, 1e300]:
    print(x, x.is_integer(), x.as_integer_ratio(), x.hex())
print(float.fromhex("0x1.8p1"), float.fromhex("-0x1p-2"), (3.7).__trunc__(), (2.5).conjugate())
inf, nan = float("inf"), float("nan")
print(inf > 1e308, -inf < -1e308, nan == nan, nan != nan, inf - inf, inf * 0, 1 / inf)
try:
    inf.as_integer_ratio()
except OverflowError as e:
    print(e)
try:
    nan.as_integer_ratio()
except ValueError as e:
    print(e)
print(1e308 * 10, -1e308 * 10, 2.0 ** 0.5 * 2.0 ** 0.5 == 2.0, 0.1 * 3 == 0.3)
try:
    2.0 ** 10000
except OverflowError as e:
    print(e)
