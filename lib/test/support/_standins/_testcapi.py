"""Stand-in (conformance runner only) for CPython's C-API test module, which pyheap cannot
have: each helper the test files use makes the test that needs it SKIP when it is used.
ContainerNoGC is deliberately absent: test_gc skips that test itself when it is missing."""

import unittest


def _skipping_class(helper):
    class NeedsCAPI:
        def __new__(cls, *args, **kwargs):
            raise unittest.SkipTest('requires _testcapi.%s (the C API)' % helper)
    return NeedsCAPI


def with_tp_del(cls):
    """In CPython: give cls a legacy tp_del slot calling __tp_del__."""
    return _skipping_class('with_tp_del')


def without_gc(cls):
    """In CPython: make cls a type without Py_TPFLAGS_HAVE_GC."""
    return _skipping_class('without_gc')


def create_cfunction():
    raise unittest.SkipTest('requires _testcapi.create_cfunction (the C API)')
