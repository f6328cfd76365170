# StopIteration raised inside a generator becomes RuntimeError (PEP 479).
def gen():
    yield 1
    next(iter([]))
    yield 2
for x in gen():
    print(x)
