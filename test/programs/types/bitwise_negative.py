# Bitwise operations on negative ints (infinite two's complement).
for a, b in [(5, 3), (-5, 3), (5, -3), (-5, -3), (-1, 255), (-256, 0xFF)]:
    print(a, b, a & b, a | b, a ^ b, ~a)
print(-1 >> 10, -16 >> 2, -17 >> 2, 1 << 70 >> 68, -(1 << 70) >> 3, (-1) << 5)
print(-(2 ** 100) & 0xFFFF, (2 ** 100 - 1) ^ -1, ~(2 ** 64))
try:
    1 << -1
except ValueError as e:
    print(e)
