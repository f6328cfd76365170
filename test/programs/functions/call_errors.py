# TypeError messages for bad calls.
def two(a, b):
    return a + b
five, text = 5, "abc"
tests = [
    lambda: two(1),
    lambda: two(1, 2, 3),
    lambda: two(1, c=3),
    lambda: two(1, 2, a=1),
    lambda: len(),
    lambda: len(1, 2),
    lambda: five(),
    lambda: text(),
    lambda: two(*1),
    lambda: two(**[1]),
]
for t in tests:
    try:
        t()
    except TypeError as e:
        print(e)
