# An invalid f-string expression.
x = 3
print(f"{x!z}")
