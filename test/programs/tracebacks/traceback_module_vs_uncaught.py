# 3.11's traceback module adds no "Did you mean" (that came in 3.12); the interpreter's own
# printer of an uncaught exception does.
import traceback

def f():
    counter = 1
    return countr

try:
    f()
except NameError:
    print(traceback.format_exc())
try:
    [].apend(1)
except AttributeError as e:
    print(traceback.format_exception_only(e))
    print(e.name, e.obj)
f()
