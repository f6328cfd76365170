# pow with three arguments, negative exponents, and modular inverse.
print(pow(2, 10), pow(2, 10, 1000), pow(3, 200, 13), pow(-3, 3, 7), pow(2, 100, 2 ** 61 - 1))
print(pow(3, -1, 7), pow(38, -1, 97), pow(2, -2), pow(2.0, 3))
try:
    pow(2, -1, 4)
except ValueError as e:
    print(e)
try:
    pow(2, 3, 0)
except ValueError as e:
    print(e)
try:
    pow(2.0, 3, 5)
except TypeError as e:
    print(e)
