"""TestLoader: turns classes, modules and dotted names into suites of test cases.

A TestCase class yields one test per method whose name starts with 'test' (sorted by name).
A module yields the tests of each TestCase class in it, classes in name order (dir()); if the module
defines load_tests(loader, tests, pattern), that function decides the final suite.
A name like 'pkg.mod.Class.test_x' is imported as far as it is a module, then walked by getattr.
"""

import sys

from . import case, suite

__unittest = True


def _make_failed_test(methodname, exception, suiteClass, message):
    """A test that re-raises the import error, so a broken name shows up as an error."""
    def testFailure(self):
        raise exception
    attrs = {methodname: testFailure}
    TestClass = type("ModuleImportFailure", (case.TestCase,), attrs)
    return suiteClass((TestClass(methodname),)), message


class TestLoader(object):
    testMethodPrefix = 'test'
    testNamePatterns = None
    suiteClass = suite.TestSuite
    _top_level_dir = None

    def __init__(self):
        self.errors = []

    @staticmethod
    def sortTestMethodsUsing(x, y):
        return (x > y) - (x < y)

    def loadTestsFromTestCase(self, testCaseClass):
        """A suite of all the test methods of testCaseClass."""
        if issubclass(testCaseClass, suite.TestSuite):
            raise TypeError("Test cases should not be derived from TestSuite."
                            " Maybe you meant to derive from TestCase?")
        if testCaseClass in (case.TestCase, case.FunctionTestCase):
            names = []
        else:
            names = self.getTestCaseNames(testCaseClass)
            if not names and hasattr(testCaseClass, 'runTest'):
                names = ['runTest']
        return self.suiteClass(map(testCaseClass, names))

    def loadTestsFromModule(self, module, *args, pattern=None, **kws):
        """A suite of the tests of every TestCase class in the module (or load_tests' answer)."""
        if len(args) > 0 or 'use_load_tests' in kws:
            kws.pop('use_load_tests', None)
        if len(args) > 1:
            complaint = len(args) + 1
            raise TypeError('loadTestsFromModule() takes 1 positional argument but {} were '
                            'given'.format(complaint))
        if len(kws) != 0:
            complaint = sorted(kws)[0]
            raise TypeError("loadTestsFromModule() got an unexpected keyword argument "
                            "'{}'".format(complaint))
        tests = []
        for name in dir(module):
            obj = getattr(module, name)
            if isinstance(obj, type) and issubclass(obj, case.TestCase):
                tests.append(self.loadTestsFromTestCase(obj))
        load_tests = getattr(module, 'load_tests', None)
        tests = self.suiteClass(tests)
        if load_tests is not None:
            try:
                return load_tests(self, tests, pattern)
            except Exception as e:
                error_case, error_message = _make_failed_test(
                    module.__name__, e, self.suiteClass,
                    'Failed to call load_tests:\n%s' % (e,))
                self.errors.append(error_message)
                return error_case
        return tests

    def loadTestsFromName(self, name, module=None):
        """The tests a dotted name denotes: a module, a TestCase class, one method, a suite,
        or a callable returning a test or suite. With module, the name is looked up in it."""
        parts = name.split('.')
        error_case, error_message = None, None
        if module is None:
            parts_copy = parts[:]
            while parts_copy:
                try:
                    module_name = '.'.join(parts_copy)
                    module = __import__(module_name)
                    module = sys.modules[module_name]
                    break
                except ImportError:
                    next_attribute = parts_copy.pop()
                    error_case, error_message = _make_failed_test(
                        next_attribute, ImportError('Failed to import test module: %s'
                                                    % (module_name,)),
                        self.suiteClass, 'Failed to import test module: %s' % module_name)
                    if not parts_copy:
                        self.errors.append(error_message)
                        return error_case
            parts = parts[1:]
        obj = module
        parent = None
        for part in parts:
            try:
                parent, obj = obj, getattr(obj, part)
            except AttributeError as e:
                if error_case is not None:
                    self.errors.append(error_message)
                    return error_case
                error_case, error_message = _make_failed_test(
                    part, e, self.suiteClass,
                    'Failed to access attribute:\n%s' % (e,))
                self.errors.append(error_message)
                return error_case

        if type(obj).__name__ == 'module':
            return self.loadTestsFromModule(obj)
        elif isinstance(obj, type) and issubclass(obj, case.TestCase):
            return self.loadTestsFromTestCase(obj)
        elif (callable(obj) and isinstance(parent, type) and
              issubclass(parent, case.TestCase)):
            name = parts[-1]
            inst = parent(name)
            if not callable(getattr(inst, name)):
                return self.suiteClass([inst])
            return self.suiteClass([inst])
        elif isinstance(obj, suite.TestSuite):
            return obj
        if callable(obj):
            test = obj()
            if isinstance(test, suite.TestSuite):
                return test
            elif isinstance(test, case.TestCase):
                return self.suiteClass([test])
            else:
                raise TypeError("calling %s returned %s, not a test" % (obj, test))
        else:
            raise TypeError("don't know how to make test from: %s" % obj)

    def loadTestsFromNames(self, names, module=None):
        suites = [self.loadTestsFromName(name, module) for name in names]
        return self.suiteClass(suites)

    def getTestCaseNames(self, testCaseClass):
        """The sorted names of testCaseClass's callable attributes starting with 'test'."""
        prefix = self.testMethodPrefix
        patterns = self.testNamePatterns

        def should_include(attrname):
            if not attrname.startswith(prefix):
                return False
            attr = getattr(testCaseClass, attrname)
            if not callable(attr):
                return False
            if patterns is None:
                return True
            full = '%s.%s.%s' % (testCaseClass.__module__, testCaseClass.__qualname__, attrname)
            return any(_fnmatch(full, p) for p in patterns)

        names = [n for n in dir(testCaseClass) if should_include(n)]
        compare = self.sortTestMethodsUsing
        if compare is TestLoader.sortTestMethodsUsing:
            names.sort()
        elif compare is not None:
            names = _sort_with(names, compare)
        return names

    def discover(self, start_dir, pattern='test*.py', top_level_dir=None):
        raise NotImplementedError("pyheap's unittest does not discover tests; "
                                  "name the test modules instead")


def _sort_with(items, compare):
    """items sorted with an old-style three-way compare function (insertion into runs merged
    pairwise would be faster; test names are few, so a simple stable insertion sort will do)"""
    out = []
    for item in items:
        i = len(out)
        while i > 0 and compare(out[i - 1], item) > 0:
            i -= 1
        out.insert(i, item)
    return out


def _fnmatch(name, pattern):
    """'*' matches anything; a pattern without '*' matches as a substring (unittest -k)"""
    if '*' not in pattern:
        return pattern in name
    pieces = pattern.split('*')
    pos = 0
    if not name.startswith(pieces[0]):
        return False
    pos = len(pieces[0])
    for piece in pieces[1:-1]:
        found = name.find(piece, pos)
        if found < 0:
            return False
        pos = found + len(piece)
    return name.endswith(pieces[-1]) and len(name) - len(pieces[-1]) >= pos


defaultTestLoader = TestLoader()


def _makeLoader(prefix, sortUsing, suiteClass=None, testNamePatterns=None):
    loader = TestLoader()
    loader.sortTestMethodsUsing = sortUsing
    loader.testMethodPrefix = prefix
    loader.testNamePatterns = testNamePatterns
    if suiteClass:
        loader.suiteClass = suiteClass
    return loader


def getTestCaseNames(testCaseClass, prefix, sortUsing=TestLoader.sortTestMethodsUsing,
                     testNamePatterns=None):
    return _makeLoader(prefix, sortUsing, testNamePatterns=testNamePatterns).getTestCaseNames(
        testCaseClass)


def makeSuite(testCaseClass, prefix='test', sortUsing=TestLoader.sortTestMethodsUsing,
              suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromTestCase(testCaseClass)


def findTestCases(module, prefix='test', sortUsing=TestLoader.sortTestMethodsUsing,
                  suiteClass=suite.TestSuite):
    return _makeLoader(prefix, sortUsing, suiteClass).loadTestsFromModule(module)
