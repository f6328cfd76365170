"""Runs one of CPython's test files under pyheap for scripts/conformance.js.

usage: pyheap driver.py CPYTHON_TEST_DIR MODULE [CONTROL_FILE]

CPython's Lib/test directory is appended to our `test` package's __path__, so the test file and
its helpers (test.mapping_tests) load in place while test.support is pyheap's. The directory of
stand-ins for modules pyheap does not have yet goes at the END of sys.path: a real module
always wins. Each test's outcome is printed as one protocol line:
    @@ct START <id>            before the test
    @@ct END <id> <status> <detail>   status: pass fail error skip xfail xpass
    @@ct DONE                  after the whole run (its absence means the process died)
detail has backslashes, newlines and tabs escaped. CONTROL_FILE has one entry a line:
'-ID' excludes a test (the runner passes the tests already reported by a crashed run) and
'+TEXT' restricts the run to the tests whose id contains one of the TEXTs.
"""

import sys

cpython_test_dir = sys.argv[1]
module_name = sys.argv[2]
excluded = set()
wanted = []
if len(sys.argv) > 3:
    with open(sys.argv[3], encoding='utf-8') as f:
        for line in f:
            line = line.strip()
            if line.startswith('-'):
                excluded.add(line[1:])
            elif line.startswith('+'):
                wanted.append(line[1:])

here = __file__.rsplit('/', 1)[0]
lib = here.rsplit('/', 2)[0] + '/lib'
sys.path.append(lib + '/test/support/_standins')

import test
test.__path__.append(cpython_test_dir)

import unittest

out = sys.stdout


def escape(text):
    return text.replace('\\', '\\\\').replace('\n', '\\n').replace('\t', '\\t')


def emit(*fields):
    out.write('\n@@ct\t' + '\t'.join(fields) + '\n')
    out.flush()


class ProtocolResult(unittest.TestResult):
    """Prints each outcome as a protocol line; a test's final status is its worst part."""

    def startTest(self, test):
        super().startTest(test)
        self.status = 'pass'
        self.detail = ''
        emit('START', test.id())

    def _set(self, status, detail):
        # the first failure or error wins; later parts (tearDown, cleanups) only add detail
        if self.status in ('pass', 'skip', 'xfail'):
            self.status = status
            self.detail = detail
        else:
            self.detail += '\n' + detail

    def addError(self, test, err):
        super().addError(test, err)
        if isinstance(test, unittest.TestCase):
            self._set('error', self.errors[-1][1])
        else:  # setUpClass / setUpModule failures, reported without a test
            emit('FIXTURE', str(test), 'error', escape(self.errors[-1][1]))

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._set('fail', self.failures[-1][1])

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            errors = self.failures if issubclass(err[0], test.failureException) else self.errors
            self._set('fail' if errors is self.failures else 'error',
                      str(subtest) + '\n' + errors[-1][1])

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        if isinstance(test, unittest.TestCase):
            if self.status == 'pass':
                self.status = 'skip'
                self.detail = reason
        else:
            emit('FIXTURE', str(test), 'skip', escape(reason))

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self.status = 'xfail'

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self.status = 'xpass'

    def stopTest(self, test):
        super().stopTest(test)
        emit('END', test.id(), self.status, escape(self.detail))


def flatten(suite):
    for t in suite:
        if isinstance(t, unittest.TestSuite):
            yield from flatten(t)
        else:
            yield t


try:
    __import__('test.' + module_name)
    module = sys.modules['test.' + module_name]
    loaded = unittest.defaultTestLoader.loadTestsFromModule(module)
except BaseException as e:
    from unittest.result import format_exception
    emit('IMPORTERROR', escape(format_exception(type(e), e, e.__traceback__, False)))
    raise SystemExit(1)

def chosen(test_id):
    if test_id in excluded:
        return False
    return not wanted or any(w in test_id for w in wanted)


selected = unittest.TestSuite([t for t in flatten(loaded) if chosen(t.id())])
del loaded
selected.run(ProtocolResult())
emit('DONE')
