# closing, nullcontext, redirect_stdout/stderr, ContextDecorator, AbstractContextManager
import sys
import io_free_writer
from contextlib import (closing, nullcontext, redirect_stdout, redirect_stderr,
                        ContextDecorator, AbstractContextManager)

class Thing:
    def close(self):
        print("closed")

with closing(Thing()) as t:
    print(type(t).__name__)

with nullcontext(42) as v:
    print(v)
with nullcontext() as v:
    print(v)

buf = io_free_writer.Writer()
with redirect_stdout(buf) as target:
    print("captured line")
    print("second")
print(target is buf, buf.parts)
err = io_free_writer.Writer()
with redirect_stderr(err):
    sys.stderr.write("to err\n")
print(err.parts)

class announce(ContextDecorator):
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, *exc):
        print("exit", exc[0])
        return False

@announce()
def work(x):
    print("working", x)
    return x + 1

print(work(1))

class Managed:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return None

print(issubclass(Managed, AbstractContextManager), isinstance(Managed(), AbstractContextManager))
print(issubclass(int, AbstractContextManager))

class Incomplete(AbstractContextManager):
    pass

try:
    Incomplete()
except TypeError as e:
    print(e)

class Complete(AbstractContextManager):
    def __exit__(self, *a):
        print("exit called")

with Complete() as c:
    print(type(c).__name__)
