# True/False/None/Ellipsis and their arithmetic.
print(True, False, None, ..., Ellipsis is ...)
print(True + 1, True * 3, False - 1, True / 2, True // 1, -True)
print(int(True), float(False), str(None), repr(...), type(...).__name__)
print(True == 1, False == 0, None == False, bool(None))
print(isinstance(True, int), issubclass(bool, int), type(True + True).__name__)
