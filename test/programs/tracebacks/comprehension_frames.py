# Frames of list, set and dict comprehensions (each has its own code object in 3.11).
data = {"a": 1, "b": 0}
inverse = {k: 1 / v for k, v in data.items() if v}
print(inverse)
squares = {n * n for n in range(3)}
print(sorted(squares))
ratios = [data[k] / data["b"] for k in data]
