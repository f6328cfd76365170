# Uncaught ZeroDivisionError: exit status 1, last stderr line compared.
def ratio(a, b):
    return a / b
print(ratio(1, 2))
print(ratio(1, 0))
