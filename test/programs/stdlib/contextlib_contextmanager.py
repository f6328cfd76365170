# @contextmanager: enter/exit order, exception handling, misbehaving generators
from contextlib import contextmanager

@contextmanager
def tag(name):
    """A documented manager."""
    print(f"<{name}>")
    try:
        yield name.upper()
    finally:
        print(f"</{name}>")

with tag("b") as t:
    print("body", t)
print(tag.__name__, tag.__doc__, tag("x").__doc__)

@contextmanager
def swallow():
    try:
        yield
    except ValueError as e:
        print("swallowed", e)

with swallow():
    raise ValueError("boom")
print("after swallow")

@contextmanager
def no_yield():
    if False:
        yield

try:
    with no_yield():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def two_yields():
    yield 1
    yield 2

try:
    with two_yields():
        pass
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def yields_after_throw():
    try:
        yield
    except KeyError:
        yield

try:
    with yields_after_throw():
        raise KeyError('k')
except RuntimeError as e:
    print("RuntimeError:", e)

@contextmanager
def reraise_other():
    try:
        yield
    except ZeroDivisionError as e:
        raise TypeError("converted") from e

try:
    with reraise_other():
        1 / 0
except TypeError as e:
    print("TypeError:", e, type(e.__cause__).__name__)

@contextmanager
def passthrough():
    yield

try:
    with passthrough():
        raise StopIteration("stop")
except StopIteration as e:
    print("StopIteration passed through:", e)

try:
    with passthrough():
        raise KeyError("kk")
except KeyError as e:
    print("KeyError passed through:", e)

@passthrough()
def decorated(x):
    print("decorated called", x)
    return x * 2

print(decorated(5), decorated(6))
