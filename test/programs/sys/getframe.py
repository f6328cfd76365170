# sys._getframe: code names and line numbers of the current and calling frames.
import sys
def inner():
    f = sys._getframe()
    return f.f_code.co_name, f.f_back.f_code.co_name, sys._getframe(1).f_code.co_name
def outer():
    return inner()
print(outer())
print(sys._getframe().f_code.co_name, sys._getframe().f_lineno)
def where():
    return sys._getframe(1).f_lineno
print(where())
print(sys._getframe().f_globals is globals(), sys._getframe().f_back)
