# int methods: bit_length, to_bytes, from_bytes, bit_count, conversions.
for n in [0, 1, 255, 256, -1, -256, 2**100]:
    print(n, n.bit_length(), bin(n).count("1"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\x00\x10", "big"), int.from_bytes(b"\x00\x10", "little"), int.from_bytes(b"\xff\xff", "big", signed=True))
print((255).bit_count(), (7).as_integer_ratio(), (5).real, (5).imag, (5).numerator, (5).denominator, (3).conjugate())
try:
    (256).to_bytes(1, "big")
except OverflowError as e:
    print(e)
print(int("ff", 16), int("0b101", 0), int("  42  "), int("-0o17", 8), int("z", 36), int(3.99), int(-3.99))
