# When the failing expression is the whole line, 3.11 prints no markers.
def fail():
    raise ValueError("whole line")

fail()
