# Generators: yield, iteration protocol, StopIteration with a return value.
def gen():
    print("start")
    yield 1
    print("middle")
    yield 2
    return "done"
g = gen()
print(type(g).__name__, "created")
print(next(g))
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("StopIteration value:", e.value, e.args)
print(next(g, "default"), list(gen()))
def countdown(n):
    while n > 0:
        yield n
        n -= 1
print(list(countdown(5)), sum(countdown(100)))
