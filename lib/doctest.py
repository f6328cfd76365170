"""doctest for pyheap: run the interactive examples found in docstrings and compare their
output with the text written after them.

An example is a '>>> ' line (plus its '... ' continuation lines); the expected output is the
non-blank lines after it, up to a blank line or the next '>>> '. Each example is compiled in
'single' mode (so an expression's value is echoed, as at the prompt) and run in the test's
globals with sys.stdout collected. An expected output that starts with 'Traceback (most recent
call last):' expects an exception: only its last part, 'Type: message', is compared.
Supported options (flags or '# doctest: +NAME' directives): ELLIPSIS, NORMALIZE_WHITESPACE,
IGNORE_EXCEPTION_DETAIL, SKIP, DONT_ACCEPT_BLANKLINE ('<BLANKLINE>' stands for an empty line).

Entry points: testmod(), run_docstring_examples(), DocTestSuite() (a unittest suite with one
test per docstring that has examples, and one per entry of the module's __test__ dict).
Not provided: DocFileSuite, debugging helpers, report diffs, the doctest command line.
"""

__all__ = ['OPTIONFLAGS_BY_NAME', 'ELLIPSIS', 'NORMALIZE_WHITESPACE',
           'IGNORE_EXCEPTION_DETAIL', 'SKIP', 'DONT_ACCEPT_BLANKLINE', 'DONT_ACCEPT_TRUE_FOR_1',
           'Example', 'DocTest', 'DocTestParser', 'DocTestFinder', 'DocTestRunner',
           'DocTestFailure', 'UnexpectedException', 'testmod', 'run_docstring_examples',
           'DocTestSuite', 'DocTestCase', 'TestResults']

import sys
import unittest

OPTIONFLAGS_BY_NAME = {}


def _flag(name):
    value = 1 << len(OPTIONFLAGS_BY_NAME)
    OPTIONFLAGS_BY_NAME[name] = value
    return value


DONT_ACCEPT_TRUE_FOR_1 = _flag('DONT_ACCEPT_TRUE_FOR_1')
DONT_ACCEPT_BLANKLINE = _flag('DONT_ACCEPT_BLANKLINE')
NORMALIZE_WHITESPACE = _flag('NORMALIZE_WHITESPACE')
ELLIPSIS = _flag('ELLIPSIS')
SKIP = _flag('SKIP')
IGNORE_EXCEPTION_DETAIL = _flag('IGNORE_EXCEPTION_DETAIL')

BLANKLINE_MARKER = '<BLANKLINE>'
ELLIPSIS_MARKER = '...'


class TestResults(tuple):
    def __new__(cls, failed, attempted):
        return tuple.__new__(cls, (failed, attempted))

    failed = property(lambda self: self[0])
    attempted = property(lambda self: self[1])

    def __repr__(self):
        return 'TestResults(failed=%d, attempted=%d)' % self


class Example:
    """One '>>>' example: its source, expected output, expected exception text (or None),
    line number inside the docstring, indentation, and option changes."""

    def __init__(self, source, want, exc_msg=None, lineno=0, indent=0, options=None):
        if not source.endswith('\n'):
            source += '\n'
        if want and not want.endswith('\n'):
            want += '\n'
        if exc_msg is not None and not exc_msg.endswith('\n'):
            exc_msg += '\n'
        self.source = source
        self.want = want
        self.exc_msg = exc_msg
        self.lineno = lineno
        self.indent = indent
        self.options = options or {}


class DocTest:
    """The examples of one docstring, with the globals they run in."""

    def __init__(self, examples, globs, name, filename, lineno, docstring):
        self.examples = examples
        self.globs = globs
        self.name = name
        self.filename = filename
        self.lineno = lineno
        self.docstring = docstring

    def __repr__(self):
        n = len(self.examples)
        what = 'no examples' if n == 0 else '1 example' if n == 1 else '%d examples' % n
        return '<DocTest %s from %s:%s (%s)>' % (self.name, self.filename, self.lineno, what)


def _indent_of(line):
    return len(line) - len(line.lstrip(' '))


def _is_prompt(stripped):
    return stripped.startswith('>>> ') or stripped == '>>>'


def _is_continuation(stripped):
    return stripped.startswith('... ') or stripped == '...'


def _directives(source):
    """{flag: on?} from '# doctest: +ELLIPSIS, -SKIP' comments in the example's source"""
    options = {}
    for line in source.split('\n'):
        mark = line.find('# doctest:')
        if mark < 0:
            continue
        for item in line[mark + len('# doctest:'):].replace(',', ' ').split():
            if item[:1] not in '+-' or item[1:] not in OPTIONFLAGS_BY_NAME:
                raise ValueError('line has an invalid option: %r' % item)
            options[OPTIONFLAGS_BY_NAME[item[1:]]] = item[0] == '+'
    return options


class DocTestParser:
    """Finds the examples in a docstring."""

    def get_examples(self, string, name='<string>'):
        lines = string.expandtabs().split('\n')
        examples = []
        i = 0
        while i < len(lines):
            stripped = lines[i].lstrip(' ')
            if not _is_prompt(stripped):
                i += 1
                continue
            indent = _indent_of(lines[i])
            lineno = i
            source_lines = [stripped[4:]]
            i += 1
            while i < len(lines):
                line = lines[i]
                rest = line[indent:]
                if line[:indent].strip() == '' and _is_continuation(rest):
                    source_lines.append(rest[4:])
                    i += 1
                else:
                    break
            want_lines = []
            while i < len(lines):
                line = lines[i]
                if not line.strip():
                    break
                if _is_prompt(line.lstrip(' ')):
                    break
                if _indent_of(line) < indent:
                    raise ValueError('line %d of the docstring for %s has inconsistent leading '
                                     'whitespace: %r' % (i + 1, name, line))
                want_lines.append(line[indent:])
                i += 1
            source = '\n'.join(source_lines)
            want = '\n'.join(want_lines)
            exc_msg = None
            if want_lines and want_lines[0].startswith(('Traceback (most recent call last):',
                                                        'Traceback (innermost last):')):
                # the stack lines are indented; the exception starts at the first line that is not
                rest = want_lines[1:]
                k = 0
                while k < len(rest) and (rest[k].startswith(' ') or rest[k].startswith('\t')):
                    k += 1
                exc_msg = '\n'.join(rest[k:])
            examples.append(Example(source, want, exc_msg, lineno, indent, _directives(source)))
        return examples

    def get_doctest(self, string, globs, name, filename, lineno):
        return DocTest(self.get_examples(string, name), globs, name, filename, lineno, string)


class DocTestFinder:
    """Collects the DocTests of a module: its docstring, its classes' and functions'
    docstrings (defined in this module), and the entries of its __test__ dict."""

    def __init__(self, verbose=False, parser=DocTestParser(), recurse=True, exclude_empty=True):
        self._parser = parser
        self._recurse = recurse
        self._exclude_empty = exclude_empty

    def find(self, obj, name=None, module=None, globs=None, extraglobs=None):
        if name is None:
            name = getattr(obj, '__name__', None)
            if name is None:
                raise ValueError("DocTestFinder.find: name must be given when obj.__name__ "
                                 "doesn't exist: %r" % (type(obj),))
        if module is None:
            module = sys.modules.get(getattr(obj, '__module__', None) or '') \
                if not _is_module(obj) else obj
        if globs is None:
            globs = module.__dict__.copy() if module is not None else {}
        else:
            globs = globs.copy()
        if extraglobs is not None:
            globs.update(extraglobs)
        if '__name__' not in globs:
            globs['__name__'] = '__main__'
        filename = getattr(module, '__file__', None) if module is not None else None
        tests = []
        self._find(tests, obj, name, module, globs, filename, set())
        tests.sort(key=lambda t: t.name)
        return tests

    def _from_module(self, module, obj):
        if module is None:
            return True
        owner = getattr(obj, '__module__', None)
        return owner is None or owner == module.__name__

    def _find(self, tests, obj, name, module, globs, filename, seen):
        if id(obj) in seen:
            return
        seen.add(id(obj))
        test = self._get_test(obj, name, globs, filename)
        if test is not None:
            tests.append(test)
        if not self._recurse:
            return
        if _is_module(obj):
            for valname, val in list(getattr(obj, '__dict__', {}).items()):
                if (callable(val) or isinstance(val, type)) and not isinstance(val, type(sys)):
                    if self._from_module(module, val) and hasattr(val, '__doc__'):
                        self._find(tests, val, '%s.%s' % (name, valname), module, globs,
                                   filename, seen)
            for valname, val in list(getattr(obj, '__test__', {}).items()):
                if not isinstance(valname, str):
                    raise ValueError("DocTestFinder.find: __test__ keys must be strings: %r"
                                     % (type(valname),))
                self._find(tests, val, '%s.__test__.%s' % (name, valname), module, globs,
                           filename, seen)
        elif isinstance(obj, type):
            for valname, val in list(obj.__dict__.items()):
                if isinstance(val, (staticmethod, classmethod)):
                    val = val.__func__
                if callable(val) or isinstance(val, (type, property)):
                    if self._from_module(module, val):
                        self._find(tests, val, '%s.%s' % (name, valname), module, globs,
                                   filename, seen)

    def _get_test(self, obj, name, globs, filename):
        if isinstance(obj, str):
            docstring = obj
        else:
            docstring = getattr(obj, '__doc__', None)
            if not isinstance(docstring, str):
                docstring = ''
        if self._exclude_empty and not docstring:
            return None
        test = self._parser.get_doctest(docstring, globs.copy(), name, filename,
                                        self._find_lineno(obj))
        if self._exclude_empty and not test.examples:
            return None
        return test


    def _find_lineno(self, obj):
        """0-based line of the docstring in its file: 0 for a module; for a function the line
        after its def line (where a docstring normally starts); None when unknown"""
        if _is_module(obj):
            return 0
        code = getattr(obj, '__code__', None)
        if code is not None:
            return code.co_firstlineno
        return None


def _is_module(obj):
    return type(obj).__name__ == 'module'


class _Collector:
    """A stand-in for sys.stdout while an example runs."""

    def __init__(self):
        self.parts = []

    def write(self, text):
        self.parts.append(text)
        return len(text)

    def flush(self):
        pass

    def getvalue(self):
        return ''.join(self.parts)

    def clear(self):
        self.parts = []


def _exception_line(exc):
    kind = type(exc)
    name = kind.__qualname__
    if kind.__module__ not in ('builtins', '__main__'):
        name = kind.__module__ + '.' + name
    text = str(exc)
    return '%s: %s\n' % (name, text) if text else name + '\n'


def _ellipsis_match(want, got):
    """want with '...' standing for any text matches got"""
    if ELLIPSIS_MARKER not in want:
        return want == got
    pieces = want.split(ELLIPSIS_MARKER)
    first, last = pieces[0], pieces[-1]
    if not got.startswith(first) or not got.endswith(last):
        return False
    pos = len(first)
    end = len(got) - len(last)
    if pos > end:
        return False
    for piece in pieces[1:-1]:
        found = got.find(piece, pos, end)
        if found < 0:
            return False
        pos = found + len(piece)
    return True


class OutputChecker:
    def check_output(self, want, got, optionflags):
        if got == want:
            return True
        if not (optionflags & DONT_ACCEPT_TRUE_FOR_1):
            if (got, want) in (("True\n", "1\n"), ("False\n", "0\n")):
                return True
        if not (optionflags & DONT_ACCEPT_BLANKLINE):
            want = '\n'.join('' if line.strip() == BLANKLINE_MARKER else line
                             for line in want.split('\n'))
            got = '\n'.join('' if not line.strip() else line for line in got.split('\n'))
            if got == want:
                return True
        if optionflags & NORMALIZE_WHITESPACE:
            got = ' '.join(got.split())
            want = ' '.join(want.split())
            if got == want:
                return True
        if optionflags & ELLIPSIS:
            if _ellipsis_match(want, got):
                return True
        return False


class DocTestFailure(Exception):
    def __init__(self, test, example, got):
        self.test = test
        self.example = example
        self.got = got

    def __str__(self):
        return str(self.test)


class UnexpectedException(Exception):
    def __init__(self, test, example, exc_info):
        self.test = test
        self.example = example
        self.exc_info = exc_info

    def __str__(self):
        return str(self.test)


def _indented(text, prefix='    '):
    return ''.join(prefix + line + '\n' for line in text.rstrip('\n').split('\n')) \
        if text else ''


class DocTestRunner:
    """Runs the examples of DocTests and reports the ones whose output differs."""

    DIVIDER = '*' * 70

    def __init__(self, checker=None, verbose=None, optionflags=0):
        self._checker = checker or OutputChecker()
        self._verbose = bool(verbose)
        self.optionflags = optionflags
        self.tries = 0
        self.failures = 0
        self._per_test = {}

    def _location(self, test, example):
        lineno = test.lineno + example.lineno + 1 if test.lineno is not None else '?'
        return 'File "%s", line %s, in %s\n' % (test.filename, lineno, test.name)

    def _report(self, out, test, example, what, got_text):
        out(self.DIVIDER + '\n' + self._location(test, example) + 'Failed example:\n' +
            _indented(example.source) + what + got_text)

    def run(self, test, compileflags=None, out=None, clear_globs=True):
        if out is None:
            out = sys.stdout.write
        failures = tries = 0
        flags_now = self.optionflags
        collector = _Collector()
        saved_stdout = sys.stdout
        try:
            for index, example in enumerate(test.examples):
                flags = flags_now
                for flag, on in example.options.items():
                    flags = flags | flag if on else flags & ~flag
                if flags & SKIP:
                    continue
                tries += 1
                filename = '<doctest %s[%d]>' % (test.name, index)
                collector.clear()
                sys.stdout = collector
                raised = None
                try:
                    code = compile(example.source, filename, 'single')
                    exec(code, test.globs)
                except KeyboardInterrupt:
                    raise
                except BaseException as e:
                    raised = e
                finally:
                    sys.stdout = saved_stdout
                got = collector.getvalue()
                failed = False
                if raised is None:
                    if example.exc_msg is not None or not self._checker.check_output(
                            example.want, got, flags):
                        failed = True
                        what = 'Expected:\n' + (_indented(example.want) or
                                                '    Nothing\n') + 'Got:\n'
                        self._report(out, test, example, what,
                                     _indented(got) or '    Nothing\n')
                else:
                    exc_line = _exception_line(raised)
                    if example.exc_msg is None:
                        failed = True
                        self._report(out, test, example, 'Exception raised:\n',
                                     _indented('Traceback (most recent call last):\n' +
                                               exc_line))
                    else:
                        want_exc = example.exc_msg
                        ok = self._checker.check_output(want_exc, exc_line, flags)
                        if not ok and flags & IGNORE_EXCEPTION_DETAIL:
                            ok = (want_exc.split(':')[0].rsplit('.', 1)[-1] ==
                                  exc_line.split(':')[0].rsplit('.', 1)[-1])
                        if not ok:
                            failed = True
                            what = 'Expected:\n' + _indented(example.want) + 'Got:\n'
                            self._report(out, test, example, what,
                                         _indented('Traceback (most recent call last):\n' +
                                                   exc_line))
                    raised = None
                if failed:
                    failures += 1
        finally:
            sys.stdout = saved_stdout
            if clear_globs:
                test.globs.clear()
        self.tries += tries
        self.failures += failures
        self._per_test[test.name] = (failures, tries)
        return TestResults(failures, tries)

    def summarize(self, verbose=None):
        """Print which tests had failures (as CPython's doctest does); TestResults."""
        failed = sorted((name, f, t) for name, (f, t) in self._per_test.items() if f)
        if failed:
            print(self.DIVIDER)
            print(len(failed), 'items had failures:')
            for name, f, t in failed:
                print(' %3d of %3d in %s' % (f, t, name))
            print('***Test Failed***', self.failures, 'failures.')
        return TestResults(self.failures, self.tries)


class DocTestCase(unittest.TestCase):
    """One DocTest as a unittest test: it fails with the report of the differing examples."""

    def __init__(self, test, optionflags=0, setUp=None, tearDown=None, checker=None):
        unittest.TestCase.__init__(self)
        self._dt_optionflags = optionflags
        self._dt_checker = checker
        self._dt_test = test
        self._dt_globs = test.globs.copy()
        self._dt_setUp = setUp
        self._dt_tearDown = tearDown

    def setUp(self):
        if self._dt_setUp is not None:
            self._dt_setUp(self._dt_test)

    def tearDown(self):
        test = self._dt_test
        if self._dt_tearDown is not None:
            self._dt_tearDown(test)
        test.globs.clear()
        test.globs.update(self._dt_globs)

    def runTest(self):
        test = self._dt_test
        report = []
        runner = DocTestRunner(optionflags=self._dt_optionflags, checker=self._dt_checker)
        runner.DIVIDER = '-' * 70
        failures, tries = runner.run(test, out=report.append, clear_globs=False)
        if failures:
            raise self.failureException(self.format_failure(''.join(report)))

    def format_failure(self, err):
        test = self._dt_test
        lineno = 'unknown line number' if test.lineno is None else '%s' % test.lineno
        lname = '.'.join(test.name.split('.')[-1:])
        return ('Failed doctest test for %s\n  File "%s", line %s, in %s\n\n%s'
                % (test.name, test.filename, lineno, lname, err))

    def id(self):
        return self._dt_test.name

    def __eq__(self, other):
        if type(self) is not type(other):
            return NotImplemented
        return self._dt_test is other._dt_test

    def __hash__(self):
        return hash(id(self._dt_test))

    def __repr__(self):
        name = self._dt_test.name.split('.')
        return "%s (%s)" % (name[-1], '.'.join(name[:-1]))

    __str__ = object.__str__

    def shortDescription(self):
        return "Doctest: " + self._dt_test.name


class SkipDocTestCase(DocTestCase):
    def __init__(self, module):
        self.module = module
        DocTestCase.__init__(self, None)

    def test_skip(self):
        self.skipTest("DocTestSuite will not work with -O2 and above")


def _calling_module(depth=2):
    return sys.modules[sys._getframe(depth).f_globals['__name__']]


def DocTestSuite(module=None, globs=None, extraglobs=None, test_finder=None, **options):
    """A unittest suite with one DocTestCase per docstring (and __test__ entry) of the
    module that has examples; the module defaults to the caller's."""
    if test_finder is None:
        test_finder = DocTestFinder()
    if module is None:
        module = _calling_module()
    elif isinstance(module, str):
        module = __import__(module, {}, {}, ['*'])
    tests = test_finder.find(module, globs=globs, extraglobs=extraglobs)
    suite = unittest.TestSuite()
    for test in tests:
        if not test.examples:
            continue
        if not test.filename:
            filename = getattr(module, '__file__', None) or '<unknown>'
            test.filename = filename
        suite.addTest(DocTestCase(test, **options))
    return suite


def testmod(m=None, name=None, globs=None, verbose=None, report=True, optionflags=0,
            extraglobs=None, raise_on_error=False, exclude_empty=False):
    """Run the examples of module m (default __main__); print failures; TestResults."""
    if m is None:
        m = sys.modules.get('__main__')
    if name is None:
        name = m.__name__
    finder = DocTestFinder(exclude_empty=exclude_empty)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(m, name, globs=globs, extraglobs=extraglobs):
        runner.run(test)
    if report:
        return runner.summarize()
    return TestResults(runner.failures, runner.tries)


def run_docstring_examples(f, globs, verbose=False, name="NoName", compileflags=None,
                           optionflags=0):
    finder = DocTestFinder(verbose=verbose, recurse=False)
    runner = DocTestRunner(verbose=verbose, optionflags=optionflags)
    for test in finder.find(f, name, globs=globs):
        runner.run(test, compileflags=compileflags)
