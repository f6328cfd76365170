# pyheap-test: module (a package with a module-level __getattr__ and __dir__, PEP 562)
from .part import helper
VALUE = 42


def __getattr__(name):
    if name == 'lazy':
        return 'lazy value'
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__():
    return ['VALUE', 'helper', 'lazy']
