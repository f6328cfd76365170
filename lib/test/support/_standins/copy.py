"""Stand-in (conformance runner only): copy.copy through __copy__ or the builtin containers'
own copy(), until lib/copy.py exists; deepcopy skips."""

import unittest


def copy(x):
    cls = type(x)
    copier = getattr(cls, '__copy__', None)
    if copier is not None:
        return copier(x)
    if cls in (list, dict, set, bytearray):
        return x.copy()
    if cls in (int, float, str, bytes, tuple, frozenset, type(None), bool):
        return x
    raise unittest.SkipTest('copy.copy of %s needs lib/copy.py' % cls.__name__)


def deepcopy(x, memo=None):
    raise unittest.SkipTest('copy.deepcopy needs lib/copy.py')
