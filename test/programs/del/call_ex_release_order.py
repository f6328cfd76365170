# What f(*args, **kwargs) and a callable instance's call hold while the callee runs, and the order
# they are released in after it returns or raises: the callee's locals first, then the call's own
# references (the tuple made of a list, the kwargs dict), then the caller's callable and arguments.
import sys


class Noisy:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("del", self.name)


def takes(*args, **kwargs):
    print("in takes", [a.name for a in args], sorted(kwargs), sys.getrefcount(args[0]))
    return len(args)


print(takes(*[Noisy("p1"), Noisy("p2")], **{"k": Noisy("kw")}))
print("--")
print(takes(*(Noisy("t1"),)))
print("--")


class Caller:
    def __init__(self, name):
        self.name = name

    def __call__(self, first, *rest, key=None):
        print("in __call__", first.name, [r.name for r in rest], key.name if key else None,
              sys.getrefcount(first), sys.getrefcount(self))
        return "result"

    def __del__(self):
        print("del", self.name)


print(Caller("c1")(Noisy("a1"), Noisy("a2"), key=Noisy("k1")))
print("--")
print(Caller("c2")(Noisy("a3")))
print("--")


def boom(*args):
    raise ValueError(len(args))


try:
    boom(*[Noisy("e1")])
except ValueError as e:
    print("caught", e)
print("--")


class Failing:
    def __call__(self, x):
        raise KeyError(x.name)

    def __del__(self):
        print("del Failing")


try:
    Failing()(Noisy("e2"))
except KeyError as e:
    print("caught", e)
print("end")
