"""Stand-in (conformance runner only): the operator functions the weakref tests use."""


def index(a):
    return type(a).__index__(a)


def lt(a, b):
    return a < b


def le(a, b):
    return a <= b


def gt(a, b):
    return a > b


def ge(a, b):
    return a >= b


def eq(a, b):
    return a == b


def ne(a, b):
    return a != b
