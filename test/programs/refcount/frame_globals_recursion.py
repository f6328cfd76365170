# globals() and the builtins dict: a running frame borrows them from its function (3.11)
import sys
import builtins

bdict = builtins.__dict__


def depth(n):
    if n:
        return depth(n - 1)
    return sys.getrefcount(globals()), sys.getrefcount(bdict)


base_g, base_b = depth(0)
print("f(0), f(5):", depth(0)[0] - base_g, depth(5)[0] - base_g)
for n in (0, 1, 2, 10, 50):
    g, b = depth(n)
    print(n, g - base_g, b - base_b)


def plain(n):
    return sys.getrefcount(globals())


print(plain(0) == plain(5), plain(0) - sys.getrefcount(globals()))


def mutual_a(n):
    return mutual_b(n - 1) if n else sys.getrefcount(globals())


def mutual_b(n):
    return mutual_a(n - 1) if n else sys.getrefcount(globals())


print(mutual_a(7) - mutual_a(0))


def with_lambda():
    return (lambda: sys.getrefcount(globals()))()


print(with_lambda() - plain(0))


def nested(n):
    def inner():
        return sys.getrefcount(globals())
    return inner() if n == 0 else nested(n - 1)


print(nested(0) - nested(6))

# module level vs function: the module body frame has no function of its own
print(sys.getrefcount(globals()) - plain(0))
