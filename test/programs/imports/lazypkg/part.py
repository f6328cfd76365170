# pyheap-test: module (part of lazypkg)
from . import consts


def helper():
    return consts.X * 2
