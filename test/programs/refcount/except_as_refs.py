# The exception bound by `except ... as e` is released at the end of the block.
import sys
class Err(Exception):
    pass
def probe():
    try:
        raise Err()
    except Err as e:
        inside = sys.getrefcount(e)
        held = e
    return inside, sys.getrefcount(held)
print(probe())
saved = []
try:
    raise Err("x")
except Err as e:
    saved.append(e)
    print(sys.getrefcount(e) > 2)
print(sys.getrefcount(saved[0]))
