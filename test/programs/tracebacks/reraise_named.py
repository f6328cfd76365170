# `raise exc` from a later frame: the traceback grows by the re-raising line.
saved = None

def first():
    global saved
    try:
        {}.pop("missing")
    except KeyError as e:
        saved = e

def second():
    raise saved

first()
second()
