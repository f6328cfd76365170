# An assert with a message inside a function.
def average(values):
    assert values, "average of an empty list"
    return sum(values) / len(values)

print(average([1, 2, 3]))
average([])
