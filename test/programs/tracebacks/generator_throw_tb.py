# Traceback of an exception thrown into a generator and not handled.
def worker():
    yield "ready"
    yield "never"
g = worker()
print(next(g))
g.throw(KeyError("injected"))
