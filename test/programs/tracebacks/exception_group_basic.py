# An uncaught ExceptionGroup is printed as a tree (3.11's format).
def fail_all():
    raise ExceptionGroup("several failures", [ValueError("bad value"), TypeError("bad type")])

fail_all()
