"""pyheap's stand-ins for CPython's test.support (the subset test_gc, test_weakref and
test_finalization import, and the common helpers of user test suites).

What cannot work in pyheap makes a test SKIP with the reason, never pass: no child interpreter
(requires_subprocess, script_helper), no threads (threading_helper), no _testcapi, not a debug
build (Py_DEBUG is False). Implementation-detail guards (cpython_only, check_impl_detail) answer
as on CPython: pyheap re-implements CPython's memory manager, refcounts and collector included,
so the tests of those details are exactly the ones that must run.
"""

import sys
import unittest

__all__ = [
    'verbose', 'TestFailed', 'gc_collect', 'disable_gc', 'cpython_only', 'impl_detail',
    'check_impl_detail', 'refcount_test', 'no_tracing', 'requires_subprocess',
    'requires_resource', 'is_resource_enabled', 'ALWAYS_EQ', 'NEVER_EQ', 'LARGEST',
    'SMALLEST', 'Py_DEBUG', 'swap_attr', 'swap_item', 'requires_type_collecting',
    'has_subprocess_support', 'run_unittest', 'captured_stdout', 'captured_stderr',
    'SHORT_TIMEOUT', 'LONG_TIMEOUT', 'LOOPBACK_TIMEOUT', 'INTERNET_TIMEOUT',
]

verbose = 1
use_resources = None          # None: every resource enabled, as when a test file runs directly
failfast = False
match_tests = None
real_max_memuse = 0
max_memuse = 0

is_jython = False
is_android = False
is_emscripten = False
is_wasi = False
has_fork_support = False
has_subprocess_support = False   # pyheap cannot start a child interpreter
has_socket_support = False
MISSING_C_DOCSTRINGS = False
HAVE_DOCSTRINGS = True
Py_DEBUG = hasattr(sys, 'gettotalrefcount')

LOOPBACK_TIMEOUT = 5.0
INTERNET_TIMEOUT = 60.0
SHORT_TIMEOUT = 30.0
LONG_TIMEOUT = 5 * 60.0

PIPE_MAX_SIZE = 4 * 1024 * 1024 + 1
SOCK_MAX_SIZE = 16 * 1024 * 1024 + 1


class Error(Exception):
    """Base class for regression test exceptions."""


class TestFailed(Error):
    """Test failed."""


class TestDidNotRun(Error):
    """Test did not run any subtests."""


class ResourceDenied(unittest.SkipTest):
    """A test needs a resource that is not enabled."""


# -- the collector ---------------------------------------------------------------------------

def gc_collect():
    """Collect three times, so objects freed by the finalizers of the first collection go too."""
    import gc
    gc.collect()
    gc.collect()
    gc.collect()


class disable_gc:
    """with disable_gc(): automatic collection off inside, restored after if it was on."""

    def __enter__(self):
        import gc
        self.had_gc = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc):
        import gc
        if self.had_gc:
            gc.enable()
        return False


def requires_type_collecting(test):
    """Types have always been collected since Python 3.9; kept for old test files."""
    return test


# -- implementation guards -------------------------------------------------------------------

def _id(obj):
    return obj


def _implementation_name():
    # pyheap stands for CPython here: the details these guards protect (refcounts, the
    # collector's counts, finalization order) are the ones pyheap reproduces
    return 'cpython'


def _parse_guards(guards):
    if not guards:
        return ({'cpython': True}, False)
    is_true = list(guards.values())[0]
    assert list(guards.values()) == [is_true] * len(guards)
    return (guards, not is_true)


def check_impl_detail(**guards):
    """check_impl_detail() is True on CPython (and pyheap); check_impl_detail(cpython=False) is
    True everywhere else."""
    guards, default = _parse_guards(guards)
    return guards.get(_implementation_name(), default)


def impl_detail(msg=None, **guards):
    if check_impl_detail(**guards):
        return _id
    if msg is None:
        guardnames, default = _parse_guards(guards)
        if default:
            msg = "implementation detail not available on {0}"
        else:
            msg = "implementation detail specific to {0}"
        msg = msg.format(' or '.join(sorted(guardnames.keys())))
    return unittest.skip(msg)


def cpython_only(test):
    """Decorator for tests only applicable on CPython (they run on pyheap)."""
    return impl_detail(cpython=True)(test)


def no_tracing(func):
    """Run func with any trace function removed (pyheap has none unless sys.settrace exists)."""
    if not hasattr(sys, 'gettrace'):
        return func

    def wrapper(*args, **kwargs):
        original_trace = sys.gettrace()
        try:
            sys.settrace(None)
            return func(*args, **kwargs)
        finally:
            sys.settrace(original_trace)
    wrapper.__name__ = func.__name__
    wrapper.__qualname__ = getattr(func, '__qualname__', func.__name__)
    wrapper.__doc__ = func.__doc__
    wrapper.__dict__.update(func.__dict__)
    return wrapper


def refcount_test(test):
    """A test of reference counts: CPython (and pyheap) only, without tracing."""
    return no_tracing(cpython_only(test))


# -- resources and platform needs ------------------------------------------------------------

def is_resource_enabled(resource):
    return use_resources is None or resource in use_resources


def requires(resource, msg=None):
    if not is_resource_enabled(resource):
        if msg is None:
            msg = "Use of the %r resource not enabled" % resource
        raise ResourceDenied(msg)


def requires_resource(resource):
    if is_resource_enabled(resource):
        return _id
    return unittest.skip("resource {0!r} is not enabled".format(resource))


def requires_subprocess():
    """Skip: pyheap cannot start a child interpreter."""
    return unittest.skipUnless(has_subprocess_support, "requires subprocess support")


def requires_fork():
    return unittest.skipUnless(has_fork_support, "requires working os.fork()")


def requires_working_socket(*, module=False):
    msg = "requires socket support"
    if module:
        raise unittest.SkipTest(msg)
    return unittest.skip(msg)


def requires_debug_ranges(reason='requires co_positions / debug_ranges'):
    return _id


def requires_limited_api(test):
    return unittest.skip('needs the C API')(test)


def bigmemtest(size, memuse, dry_run=True):
    def decorator(f):
        def wrapper(self):
            return f(self, 5147)
        wrapper.__name__ = f.__name__
        wrapper.size = size
        wrapper.memuse = memuse
        return wrapper
    return decorator


# -- comparison helpers ----------------------------------------------------------------------

class _ALWAYS_EQ:
    """Equal to everything."""

    def __eq__(self, other):
        return True

    def __ne__(self, other):
        return False


ALWAYS_EQ = _ALWAYS_EQ()


class _NEVER_EQ:
    """Equal to nothing, with a constant hash."""

    def __eq__(self, other):
        return False

    def __ne__(self, other):
        return True

    def __hash__(self):
        return 1


NEVER_EQ = _NEVER_EQ()


class _LARGEST:
    """Greater than everything but itself."""

    def __eq__(self, other):
        return isinstance(other, _LARGEST)

    def __lt__(self, other):
        return False

    def __hash__(self):
        return id(self)


LARGEST = _LARGEST()


class _SMALLEST:
    """Smaller than everything but itself."""

    def __eq__(self, other):
        return isinstance(other, _SMALLEST)

    def __gt__(self, other):
        return False

    def __hash__(self):
        return id(self)


SMALLEST = _SMALLEST()


# -- temporary replacements ------------------------------------------------------------------

class swap_attr:
    """with swap_attr(obj, 'attr', value): obj.attr is value inside, restored (or deleted if
    it did not exist) after; the old value is the target of `as`."""

    def __init__(self, obj, attr, new_val):
        self.obj = obj
        self.attr = attr
        self.new_val = new_val

    def __enter__(self):
        if hasattr(self.obj, self.attr):
            self.real_val = getattr(self.obj, self.attr)
            self.had = True
        else:
            self.real_val = None
            self.had = False
        setattr(self.obj, self.attr, self.new_val)
        return self.real_val

    def __exit__(self, *exc):
        if self.had:
            setattr(self.obj, self.attr, self.real_val)
        else:
            delattr(self.obj, self.attr)
        return False


class swap_item:
    """with swap_item(mapping, key, value): like swap_attr, for an item."""

    def __init__(self, obj, item, new_val):
        self.obj = obj
        self.item = item
        self.new_val = new_val

    def __enter__(self):
        self.had = self.item in self.obj
        self.real_val = self.obj[self.item] if self.had else None
        self.obj[self.item] = self.new_val
        return self.real_val

    def __exit__(self, *exc):
        if self.had:
            self.obj[self.item] = self.real_val
        else:
            del self.obj[self.item]
        return False


class _captured_output:
    def __init__(self, stream_name):
        self.stream_name = stream_name

    def __enter__(self):
        try:
            import io
        except ImportError:
            raise unittest.SkipTest('captured output needs the io module')
        self.orig = getattr(sys, self.stream_name)
        self.stream = io.StringIO()
        setattr(sys, self.stream_name, self.stream)
        return self.stream

    def __exit__(self, *exc):
        setattr(sys, self.stream_name, self.orig)
        return False


def captured_output(stream_name):
    return _captured_output(stream_name)


def captured_stdout():
    return _captured_output('stdout')


def captured_stderr():
    return _captured_output('stderr')


def captured_stdin():
    return _captured_output('stdin')


# -- running tests ---------------------------------------------------------------------------

def run_unittest(*classes):
    """Run the tests of the given TestCase classes (or modules); raise TestFailed on failure."""
    suite = unittest.TestSuite()
    loader = unittest.TestLoader()
    for cls in classes:
        if isinstance(cls, str):
            cls = sys.modules[cls]
        if isinstance(cls, (unittest.TestSuite, unittest.TestCase)):
            suite.addTest(cls)
        elif isinstance(cls, type):
            suite.addTest(loader.loadTestsFromTestCase(cls))
        else:
            suite.addTest(loader.loadTestsFromModule(cls))
    result = unittest.TextTestRunner(sys.stdout, verbosity=2 if verbose > 1 else 1).run(suite)
    if not result.wasSuccessful():
        if len(result.errors) == 1 and not result.failures:
            err = result.errors[0][1]
        elif len(result.failures) == 1 and not result.errors:
            err = result.failures[0][1]
        else:
            err = "multiple errors occurred"
        raise TestFailed(err)
    return result
