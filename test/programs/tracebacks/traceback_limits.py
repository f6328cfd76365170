# limit arguments (positive, zero, negative) and sys.tracebacklimit
import sys
import traceback

def level(n):
    if n == 0:
        raise LookupError("bottom")
    level(n - 1)

try:
    level(4)
except LookupError:
    traceback.print_exc(limit=2)
    traceback.print_exc(limit=-2)
    traceback.print_exc(limit=0)
    sys.tracebacklimit = 3
    traceback.print_exc()
    del sys.tracebacklimit
print(len(traceback.format_exception(*sys.exc_info())) if sys.exc_info()[0] else "none")
level(2)
