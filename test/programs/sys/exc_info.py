# sys.exc_info inside and outside an except block.
import sys
print(sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    t, v, tb = sys.exc_info()
    print(t.__name__, repr(v), tb.tb_lineno, v.__traceback__ is tb)
print(sys.exc_info())
