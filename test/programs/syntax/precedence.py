# Operator precedence and associativity.
print(2 + 3 * 4, (2 + 3) * 4, 2 ** 3 ** 2, (2 ** 3) ** 2)
print(-2 ** 2, (-2) ** 2, 2 ** -1, -3 // 2, -(3 // 2))
print(1 + 2 << 3, 1 | 2 ^ 3 & 4, ~5 + 1, not 1 == 2)
print(10 - 4 - 3, 100 / 10 / 5, 2 * 3 % 4, 7 % 3 * 2)
print(True + True, 1 < 2 == 2, not True or True, False and 1 / 0)
print(3 if 0 else 4 if 0 else 5, 1 or 2 and 0, (1 or 2) and 0)
print(- - 3, + - 3, ~ ~ 7, 2 * -3, 5 - -1)
print([1, 2] + [3] * 2, "ab" * 2 + "c", 1 in [1] == [1])
