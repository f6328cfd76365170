# Exceptions raised and caught in a loop: `raise` in the same function, in a called function,
# through a `finally` and a `with` block, a builtin's KeyError and IndexError, and an exception
# that does not match its first `except`. Prints a checksum.
import sys


class Closing:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def fail(i):
    raise KeyError(i)


def handled(n):
    acc = 0
    d = {}
    items = [1, 2, 3]
    closing = Closing()
    for i in range(n):
        try:
            raise ValueError(i)
        except ValueError as e:
            acc += e.args[0] & 3
        try:
            fail(i)
        except KeyError:
            acc += 1
        try:
            try:
                d[i]
            finally:
                acc += 2
        except KeyError:
            acc += 3
        try:
            with closing:
                items[i]
        except (TypeError, IndexError):
            acc += 4
        try:
            try:
                int('x')
            except TypeError:
                acc -= 100
        except ValueError:
            acc += 5
    return acc


print(handled(60000))
print(len(sys.argv) >= 1)
