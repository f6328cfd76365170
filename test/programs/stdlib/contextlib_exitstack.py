# ExitStack: LIFO unwinding, callbacks, push, pop_all, suppression, exception context
from contextlib import ExitStack, contextmanager, suppress

@contextmanager
def res(name, log):
    log.append("open " + name)
    try:
        yield name
    finally:
        log.append("close " + name)

log = []
with ExitStack() as stack:
    names = [stack.enter_context(res(n, log)) for n in "abc"]
    stack.callback(log.append, "callback")
    print(names)
print(log)

log = []
with ExitStack() as stack:
    stack.enter_context(res("x", log))
    keep = stack.pop_all()
print(log)
keep.close()
print(log)

def exit_suppress(*exc):
    print("exit_suppress got", exc[0].__name__ if exc[0] else None)
    return True

with ExitStack() as stack:
    stack.push(exit_suppress)
    raise ValueError("hidden")
print("suppressed")

class CM:
    def __enter__(self):
        print("CM enter")
        return self
    def __exit__(self, *a):
        print("CM exit", a[0])

with ExitStack() as stack:
    stack.push(CM())
    print(stack.enter_context(CM()).__class__.__name__)

def raiser(exc):
    def cb(*a):
        raise exc
    return cb

try:
    with ExitStack() as stack:
        stack.push(raiser(KeyError("inner")))
        stack.push(raiser(IndexError("outer")))
        raise ValueError("body")
except KeyError as e:
    chain = []
    while e is not None:
        chain.append(type(e).__name__)
        e = e.__context__
    print(chain)

try:
    ExitStack().enter_context(object())
except TypeError as e:
    print(e)

with suppress(KeyError, IndexError):
    {}['x']
print("after suppress")
try:
    with suppress(KeyError):
        [][1]
except IndexError as e:
    print("not suppressed:", e)
with suppress():
    pass
