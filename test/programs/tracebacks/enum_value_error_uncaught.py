# pyheap-test: stderr=full
# an enum lookup failure caught and shown by format_exception_only, then the cause of another
import traceback
from enum import Enum

class Color(Enum):
    RED = 1
    GREEN = 2

def parse(value):
    try:
        return Color(value)
    except ValueError as e:
        print(traceback.format_exception_only(e), end="")
        raise LookupError(f"no colour {value!r}") from None

print(parse(2))
parse(7)
