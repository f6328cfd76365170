# an ExceptionGroup (with a nested group) as traceback.print_exception formats it
import traceback

def fail(i):
    if i % 2:
        raise ValueError(f"odd {i}")
    raise TypeError(f"even {i}")

def collect(n):
    errors = []
    for i in range(n):
        try:
            fail(i)
        except Exception as e:
            errors.append(e)
    return errors

try:
    raise ExceptionGroup("outer", [*collect(3), ExceptionGroup("inner", collect(2))])
except ExceptionGroup as eg:
    traceback.print_exception(eg)
    print(len(eg.exceptions), eg.message)
    traceback.print_exception(eg, chain=False)
many = ExceptionGroup("wide", [KeyError(i) for i in range(20)])
traceback.print_exception(many)
te = traceback.TracebackException.from_exception(many, max_group_width=2)
print("".join(te.format()), end="")
