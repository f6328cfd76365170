# An unexpected indent in the middle of a block.
def f():
    x = 1
        y = 2
    return x
