# Bare raise re-raises the exception being handled; raising a class instantiates it.
def f():
    try:
        raise ValueError("original")
    except ValueError:
        print("handling")
        raise
try:
    f()
except ValueError as e:
    print("re-raised", e)
try:
    raise IndexError
except IndexError as e:
    print(repr(e), e.args)
try:
    raise
except RuntimeError as e:
    print(type(e).__name__, e)
