# An exception with both __cause__ and __context__: the cause is what gets printed.
try:
    try:
        [][1]
    except IndexError:
        raise TypeError("first problem")
except TypeError as first:
    raise ValueError("second problem") from KeyError("the real cause")
