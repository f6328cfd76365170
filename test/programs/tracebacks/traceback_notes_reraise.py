# exception notes (add_note) in print_exception output and in an uncaught exception
import traceback

def check(value):
    if value < 0:
        raise ValueError(f"negative: {value}")
    return value

def checked(value):
    try:
        return check(value)
    except ValueError as e:
        e.add_note("values must be >= 0")
        e.add_note("got it from check()\nsecond line of the note")
        raise

try:
    checked(-1)
except ValueError as e:
    traceback.print_exception(e)
    print(e.__notes__)
checked(-5)
