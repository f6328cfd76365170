# int/float/str conversions and their error messages.
print(int("42"), int("-7"), int(" 1_000 "), float("3.5"), float("-1e3"), str(42), str(3.0), str(-0.0))
print(int(True), float(7), int(7.9), int("10", 2), str(b"x"), str([1, "a"]), repr("q"))
for bad in ["x", "", "1.5", "1e3", "0x10", "1__0"]:
    try:
        int(bad)
    except ValueError as e:
        print(e)
for bad in ["abc", "", "1,5"]:
    try:
        float(bad)
    except ValueError as e:
        print(e)
for bad in [None, [1], 1j]:
    try:
        int(bad)
    except TypeError as e:
        print(e)
try:
    int(float("inf"))
except OverflowError as e:
    print(e)
try:
    int(float("nan"))
except ValueError as e:
    print(e)
