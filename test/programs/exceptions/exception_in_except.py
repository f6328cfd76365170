# An exception raised while handling another chains via __context__.
try:
    try:
        raise KeyError("first")
    except KeyError:
        raise ValueError("second")
except ValueError as e:
    print(repr(e), repr(e.__context__), e.__cause__)
def cleanup():
    try:
        raise OSError("io")
    finally:
        print("finally sees nothing special")
try:
    cleanup()
except OSError as e:
    print(e)
