# raise ... from ..., implicit context, and from None.
def show(e):
    print(type(e).__name__, e, "| cause:", repr(e.__cause__), "| context:", repr(e.__context__),
          "| suppress:", e.__suppress_context__)
try:
    try:
        {}["k"]
    except KeyError as k:
        raise ValueError("converted") from k
except ValueError as e:
    show(e)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    show(e)
try:
    try:
        int("x")
    except ValueError:
        raise LookupError("hidden") from None
except LookupError as e:
    show(e)
