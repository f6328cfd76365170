# traceback functions outside an except block, and with odd exception values
import sys
import traceback

print(repr(traceback.format_exc()))
traceback.print_exc()
print(traceback.format_exception_only(ValueError, None))
print(traceback.format_exception(ValueError("no traceback")))
class BadStr(Exception):
    def __str__(self):
        raise RuntimeError("no str for you")
print(traceback.format_exception_only(BadStr()))
try:
    raise BadStr()
except BadStr:
    traceback.print_exc()
class Outer:
    class Inner(LookupError):
        pass
try:
    raise Outer.Inner("nested class")
except LookupError:
    traceback.print_exc(file=sys.stdout)
raise Outer.Inner("uncaught nested")
