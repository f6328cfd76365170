# NameError with nothing close enough to suggest.
def f():
    return completely_unknown_identifier_xyz

f()
