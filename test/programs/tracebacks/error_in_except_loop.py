# An exception raised in an except block inside a loop, after some iterations succeeded.
results = []
for text in ["1", "2", "x"]:
    try:
        results.append(int(text))
    except ValueError:
        results.append(float(text))
