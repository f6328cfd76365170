# pyheap-test: options=-OO
# -OO: asserts and `if __debug__:` blocks are gone, __debug__ is False, docstrings are dropped,
# sys.flags.optimize is 2.
import sys


def documented():
    """a docstring -OO removes"""
    assert False, 'never checked'
    return 'ran'


if __debug__:
    print('debug block')
print(documented(), documented.__doc__, __debug__, sys.flags.optimize)
assert 1 == 2
print('no assertion error')
