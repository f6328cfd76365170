"""TestResult: the record of a test run (failures, errors, skips, expected failures...).

A failure is stored as (test, formatted traceback text), never as the live traceback: keeping
frames alive would keep the test's objects alive and change what later gc tests see.
"""

import sys

from . import util

__unittest = True


def failfast(method):
    def inner(self, *args, **kw):
        if getattr(self, 'failfast', False):
            self.stop()
        return method(self, *args, **kw)
    inner.__name__ = method.__name__
    inner.__doc__ = method.__doc__
    return inner


def _source_line(filename, lineno, cache={}):
    lines = cache.get(filename)
    if lines is None:
        try:
            with open(filename, encoding='utf-8') as f:
                lines = f.read().split('\n')
        except Exception:
            lines = []
        cache[filename] = lines
    if 1 <= lineno <= len(lines):
        return lines[lineno - 1].strip()
    return ''


def _is_unittest_frame(tb):
    return '__unittest' in tb.tb_frame.f_globals


def _cut_at_unittest_frame(tb):
    """End the traceback before its first unittest frame (the assert* method's)."""
    prev = None
    while tb is not None and not _is_unittest_frame(tb):
        prev = tb
        tb = tb.tb_next
    if prev is not None and tb is not None:
        try:
            prev.tb_next = None
        except (AttributeError, TypeError):
            pass  # a runtime whose tb_next is read-only: format_exception skips them anyway


def _exception_only(exc_type, value):
    name = exc_type.__qualname__
    module = exc_type.__module__
    if module not in ('__main__', 'builtins'):
        name = module + '.' + name
    try:
        text = str(value)
    except Exception:
        text = '<exception str() failed>'
    return '%s: %s\n' % (name, text) if text else name + '\n'


def format_exception(exc_type, value, tb, skip_unittest=True, _seen=None):
    """The traceback text, in the shape of traceback.format_exception, without the frames of
    unittest itself; chained exceptions (__cause__ / __context__) come first."""
    if _seen is None:
        _seen = set()
    _seen.add(id(value))
    parts = []
    if value is not None:
        cause = value.__cause__
        context = value.__context__
        if cause is not None and id(cause) not in _seen:
            parts.append(format_exception(type(cause), cause, cause.__traceback__,
                                          skip_unittest, _seen))
            parts.append('\nThe above exception was the direct cause '
                         'of the following exception:\n\n')
        elif (context is not None and not value.__suppress_context__
              and id(context) not in _seen):
            parts.append(format_exception(type(context), context, context.__traceback__,
                                          skip_unittest, _seen))
            parts.append('\nDuring handling of the above exception, '
                         'another exception occurred:\n\n')
    lines = []
    while tb is not None:
        if not (skip_unittest and _is_unittest_frame(tb)):
            code = tb.tb_frame.f_code
            lines.append('  File "%s", line %s, in %s\n' % (code.co_filename, tb.tb_lineno,
                                                           code.co_name))
            src = _source_line(code.co_filename, tb.tb_lineno)
            if src:
                lines.append('    %s\n' % src)
        tb = tb.tb_next
    if lines:
        parts.append('Traceback (most recent call last):\n')
        parts.extend(lines)
    parts.append(_exception_only(exc_type, value))
    return ''.join(parts)


class TestResult(object):
    """Counts and records outcomes; a runner subclasses it to print them."""

    _previousTestClass = None
    _testRunEntered = False
    _moduleSetUpFailed = False

    def __init__(self, stream=None, descriptions=None, verbosity=None):
        self.failfast = False
        self.failures = []
        self.errors = []
        self.testsRun = 0
        self.skipped = []
        self.expectedFailures = []
        self.unexpectedSuccesses = []
        self.shouldStop = False
        self.buffer = False
        self.tb_locals = False
        self._mirrorOutput = False

    def printErrors(self):
        "Called by TestRunner after test run"

    def startTest(self, test):
        "Called when the given test is about to be run"
        self.testsRun += 1

    def startTestRun(self):
        """Called once before any tests are executed."""

    def stopTest(self, test):
        """Called when the given test has been run"""

    def stopTestRun(self):
        """Called once after all tests are executed."""

    @failfast
    def addError(self, test, err):
        """An unexpected exception: err is sys.exc_info()."""
        self.errors.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addFailure(self, test, err):
        """A failed assertion: err is sys.exc_info()."""
        self.failures.append((test, self._exc_info_to_string(err, test)))

    def addSubTest(self, test, subtest, err):
        """A subtest finished; err is None when it passed."""
        if err is not None:
            if getattr(self, 'failfast', False):
                self.stop()
            if issubclass(err[0], test.failureException):
                errors = self.failures
            else:
                errors = self.errors
            errors.append((subtest, self._exc_info_to_string(err, test)))

    def addSuccess(self, test):
        "Called when a test has completed successfully"

    def addSkip(self, test, reason):
        """Called when a test is skipped."""
        self.skipped.append((test, reason))

    def addExpectedFailure(self, test, err):
        """Called when an expected failure/error occurred."""
        self.expectedFailures.append((test, self._exc_info_to_string(err, test)))

    @failfast
    def addUnexpectedSuccess(self, test):
        """Called when a test was expected to fail, but succeed."""
        self.unexpectedSuccesses.append(test)

    def wasSuccessful(self):
        """Tells whether or not this result was a success."""
        return ((len(self.failures) == len(self.errors) == 0) and
                (not hasattr(self, 'unexpectedSuccesses') or
                 len(self.unexpectedSuccesses) == 0))

    def stop(self):
        """Indicates that the tests should be aborted."""
        self.shouldStop = True

    def _exc_info_to_string(self, err, test):
        """The traceback text of err (a sys.exc_info() tuple) without unittest's own frames:
        the traceback module's format when it is available (position markers included), else a
        plain one."""
        exctype, value, tb = err
        try:
            tb = self._clean_tracebacks(exctype, value, tb, test)
            try:
                import traceback
            except ImportError:
                return format_exception(exctype, value, tb)
            formatted = traceback.TracebackException(exctype, value, tb,
                                                     capture_locals=self.tb_locals,
                                                     compact=True)
            return ''.join(formatted.format())
        finally:
            err = exctype = value = tb = None

    def _clean_tracebacks(self, exctype, value, tb, test):
        """Drop unittest's frames from the tracebacks of the exception and of the ones it
        chains to: the runner's frames at the start, and for a failed assertion the assert*
        frames at the end (by cutting tb_next, as CPython's unittest does)."""
        result = None
        first = True
        pending = [(exctype, value, tb)]
        seen = {id(value)}
        while pending:
            exctype, value, tb = pending.pop()
            while tb is not None and _is_unittest_frame(tb):
                tb = tb.tb_next
            if exctype is test.failureException:
                _cut_at_unittest_frame(tb)
            if first:
                result = tb
                first = False
            else:
                value.__traceback__ = tb
            if value is not None:
                for chained in (value.__cause__, value.__context__):
                    if chained is not None and id(chained) not in seen:
                        pending.append((type(chained), chained, chained.__traceback__))
                        seen.add(id(chained))
        return result

    def __repr__(self):
        return ("<%s run=%i errors=%i failures=%i>" %
                (util.strclass(self.__class__), self.testsRun, len(self.errors),
                 len(self.failures)))
