# TracebackException: attributes, format(), format_exception_only(), equality, str
import traceback

class CustomError(Exception):
    pass

def fail():
    raise CustomError("custom", 42)

try:
    try:
        fail()
    except CustomError as e:
        raise OSError(2, "missing") from e
except OSError as e:
    te = traceback.TracebackException.from_exception(e)
    print(te.exc_type, str(te), len(te.stack), te.stack[0].name)
    print(type(te.__cause__).__name__, te.__cause__.exc_type.__name__, te.__context__ is None)
    print(list(te.format_exception_only()))
    print(list(te.__cause__.format_exception_only()))
    te2 = traceback.TracebackException(type(e), e, e.__traceback__)
    print(te == te2, te2.__context__.exc_type)
    print("".join(te.format(chain=False)), end="")
    te.print()
    lines = list(traceback.TracebackException(type(e), e, None).format())
    print(lines)
print(traceback.format_exception_only(CustomError, CustomError("a", "b")))
print(traceback.format_exception_only(KeyError))
