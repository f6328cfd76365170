# Floor division and modulo with negatives; divmod; true division.
for a, b in [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (6, 3), (-6, 4)]:
    print(a, b, a // b, a % b, divmod(a, b), a / b)
print(7.5 // 2, -7.5 // 2, 7.5 % 2, -7.5 % 2, divmod(-7.5, 2), 5 % -3.0)
print(2 ** -2, (-8) ** (1 / 3) == (-8) ** (1 / 3), 0 ** 0, (-2) ** 3, 10 // 0.3)
