# contextmanager cleanup order with nested managers, exceptions inside finally, reuse errors
from contextlib import contextmanager, ExitStack

events = []
@contextmanager
def step(name):
    events.append("enter " + name)
    try:
        yield name
    except Exception as e:
        events.append(f"{name} saw {type(e).__name__}")
        raise
    finally:
        events.append("exit " + name)

try:
    with step("outer"), step("inner"):
        raise LookupError("x")
except LookupError:
    events.append("caught")
print(events)

cm = step("once")
with cm:
    pass
try:
    with cm:
        pass
except (RuntimeError, AttributeError) as e:
    print(type(e).__name__)

@contextmanager
def converting():
    try:
        yield
    except KeyError:
        raise ValueError("converted")

try:
    with converting():
        raise KeyError(1)
except ValueError as e:
    print(e, type(e.__context__).__name__)

@contextmanager
def returns_value():
    yield 5
    return "ignored"
with returns_value() as v:
    print("value", v)

@contextmanager
def gen_exit_ignored():
    try:
        yield
    except GeneratorExit:
        print("GeneratorExit seen")
        raise

with gen_exit_ignored():
    print("inside")

def use_stack(n):
    with ExitStack() as stack:
        vals = [stack.enter_context(step(str(i))) for i in range(n)]
        return vals
events.clear()
print(use_stack(3), events)
