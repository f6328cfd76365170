# The last line for an exception with several arguments.
class Problem(Exception):
    pass

def check(x):
    if x < 0:
        raise Problem("negative", x)

check(1)
check(-5)
