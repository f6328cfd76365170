"""pyheap's unittest: the subset of the standard unittest that CPython's own test files and
everyday user tests rely on, written for pyheap.

Layout (one concept a file):
  case.py    TestCase, its assert* methods, SkipTest and the skip/expectedFailure decorators
  result.py  TestResult: what happened to each test
  suite.py   TestSuite: runs tests in order, with class and module fixtures
  loader.py  TestLoader: finds test methods in classes, modules and dotted names
  runner.py  TextTestResult / TextTestRunner: the familiar '...' / 'ok' report
  main.py    unittest.main(): the command line entry point
  mock.py    a small Mock for tests that need one
"""

__all__ = ['TestResult', 'TestCase', 'TestSuite',
           'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
           'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless',
           'expectedFailure', 'TextTestResult', 'installHandler',
           'registerResult', 'removeResult', 'removeHandler',
           'addModuleCleanup', 'getTestCaseNames', 'makeSuite', 'findTestCases']

__unittest = True

from .result import TestResult
from .case import (addModuleCleanup, TestCase, FunctionTestCase, SkipTest, skip,
                   skipIf, skipUnless, expectedFailure, doModuleCleanups)
from .suite import BaseTestSuite, TestSuite
from .loader import (TestLoader, defaultTestLoader, getTestCaseNames, makeSuite,
                     findTestCases)
from .main import TestProgram, main
from .runner import TextTestRunner, TextTestResult


def installHandler():
    """Control-C handling is not offered by pyheap (no signal module); this is a no-op."""


def registerResult(result):
    pass


def removeResult(result):
    return False


def removeHandler(method=None):
    if method is not None:
        return method
    return None


def __getattr__(name):
    if name == 'IsolatedAsyncioTestCase':
        raise AttributeError("pyheap's unittest has no IsolatedAsyncioTestCase (no asyncio)")
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
