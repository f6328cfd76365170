# yield from delegates and returns the subgenerator's return value.
def inner():
    yield "a"
    yield "b"
    return "inner result"
def outer():
    result = yield from inner()
    print("inner returned", result)
    yield from range(2)
    yield from ["x", "y"]
print(list(outer()))
def flatten(x):
    if isinstance(x, list):
        for item in x:
            yield from flatten(item)
    else:
        yield x
print(list(flatten([1, [2, [3, [4, []]], 5]])))
