# Arbitrary-precision ints.
import math
print(math.factorial(100))
print(2 ** 200, -(2 ** 200), 3 ** 100 % 1000007)
a = 123456789123456789123456789
b = 987654321987654321
print(a * b, a // b, a % b, divmod(a, b), -a // b, -a % b)
print(2 ** 64 - 1 == 0xFFFFFFFFFFFFFFFF, (2 ** 64) >> 60, 1 << 100, (1 << 100) - 1 & 0xFF)
print(10 ** 50 // 3, -(10 ** 50) // 7, 10 ** 40 / 10 ** 20, str(2 ** 1000)[:20], len(str(2 ** 1000)))
x = 1
for i in range(1, 40):
    x *= i
print(x, x.bit_length(), int(str(x)) == x, hex(x))
