# Function-call loop: small Python functions called with positional, keyword and default
# arguments, *args/**kwargs, a method and a closure. Prints a checksum.
import sys


def add(a, b):
    return a + b


def scale(x, factor=3, offset=0):
    return x * factor + offset


def kw_only(a, *, step=1, mod=1000003):
    return (a + step) % mod


def varargs(*args, **kwargs):
    return len(args) + len(kwargs)


class Counter:
    def __init__(self):
        self.n = 0

    def bump(self, k=1):
        self.n += k
        return self.n


def make_adder(k):
    def adder(x):
        return x + k
    return adder


def run(n):
    total = 0
    c = Counter()
    inc = make_adder(7)
    for i in range(n):
        total = add(total, i)
        total = scale(total, factor=2, offset=i) % 1000003
        total = kw_only(total, step=i & 7)
        total += varargs(i, i, key=i)
        total += c.bump(2) & 15
        total = inc(total)
    return total


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


print(run(280000))
print(fib(21))
print(sys.version_info[0])
