# Conditional expressions and short-circuit evaluation.
def side(x):
    print("side", x)
    return x
for n in range(-1, 2):
    print("neg" if n < 0 else "zero" if n == 0 else "pos")
print(side(1) if side(0) else side(2))
print(side(0) or side("") or side("last"))
print(side(1) and side([]) and side("never"))
print([] or {} or 0, "x" and "y", None or None)
