# exception notes (add_note) in print_exception output and in an uncaught exception
import traceback

def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value

try:
    check(-1)
except ValueError as e:
    e.add_note("values must be >= 0")
    e.add_note("got it from check()\nsecond line of the note")
    traceback.print_exception(e)
    print(e.__notes__)
    caught = e
traceback.print_exception(caught, limit=1)
err = KeyError("k")
err.add_note("a note on an exception never raised")
print(traceback.format_exception_only(err))
err.__notes__ = "not a list"
print(traceback.format_exception_only(err))
print("done")
