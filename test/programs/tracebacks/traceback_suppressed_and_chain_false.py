# raise ... from None hides the context; chain=False prints only the last exception
import traceback

def lookup(table, key):
    try:
        return table[key]
    except KeyError:
        raise AttributeError(key) from None

def convert(s):
    try:
        return float(s)
    except ValueError as e:
        raise TypeError("not a number") from e

try:
    lookup({}, "x")
except AttributeError as e:
    traceback.print_exception(e)
    print(e.__suppress_context__, repr(e.__context__))
try:
    convert("abc")
except TypeError as e:
    traceback.print_exception(type(e), e, e.__traceback__, chain=False)
    traceback.print_exception(e)
lookup({}, "y")
