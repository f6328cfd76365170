"""unittest.main(): load the tests of a module (or the names given on the command line), run
them with TextTestRunner and exit with status 0 when all passed, 1 otherwise.

Command line: [-v] [-q] [-f] [-k PATTERN] [test names...].
"""

import sys

from . import loader, runner

__unittest = True

USAGE = """\
Usage: %(prog)s [options] [tests]

Options:
  -h, --help       Show this message
  -v, --verbose    Verbose output
  -q, --quiet      Quiet output
  -f, --failfast   Stop on first fail or error
  -k PATTERN       Only run tests which match the given substring

Examples:
  %(prog)s                               - run default set of tests
  %(prog)s MyTestSuite                   - run suite 'MyTestSuite'
  %(prog)s MyTestCase.testSomething      - run MyTestCase.testSomething
  %(prog)s MyTestCase                    - run all 'test*' test methods
                                           in MyTestCase
"""


class TestProgram(object):
    """Parses the command line, loads the tests, runs them."""

    module = None
    verbosity = 1
    failfast = catchbreak = buffer = progName = warnings = testNamePatterns = None

    def __init__(self, module='__main__', defaultTest=None, argv=None, testRunner=None,
                 testLoader=loader.defaultTestLoader, exit=True, verbosity=1,
                 failfast=None, catchbreak=None, buffer=None, warnings=None, *,
                 tb_locals=False):
        if isinstance(module, str):
            self.module = __import__(module)
            for part in module.split('.')[1:]:
                self.module = getattr(self.module, part)
        else:
            self.module = module
        if argv is None:
            argv = sys.argv
        self.exit = exit
        self.failfast = failfast
        self.catchbreak = catchbreak
        self.verbosity = verbosity
        self.buffer = buffer
        self.tb_locals = tb_locals
        self.warnings = warnings
        self.defaultTest = defaultTest
        self.testRunner = testRunner
        self.testLoader = testLoader
        self.progName = argv[0].replace('\\', '/').split('/')[-1] if argv else 'python'
        self.parseArgs(argv)
        self.runTests()

    def usageExit(self, msg=None):
        if msg:
            print(msg)
        print(USAGE % {'prog': self.progName})
        sys.exit(2)

    def parseArgs(self, argv):
        names = []
        patterns = []
        args = list(argv[1:])
        while args:
            arg = args.pop(0)
            if arg in ('-h', '--help', '-H'):
                self.usageExit()
            elif arg in ('-v', '--verbose'):
                self.verbosity = 2
            elif arg in ('-q', '--quiet'):
                self.verbosity = 0
            elif arg in ('-f', '--failfast'):
                self.failfast = True
            elif arg == '-k':
                if not args:
                    self.usageExit('-k needs a pattern')
                patterns.append(args.pop(0))
            elif arg.startswith('-k'):
                patterns.append(arg[2:])
            elif arg.startswith('-'):
                self.usageExit('unknown option: %s' % arg)
            else:
                names.append(arg)
        if patterns:
            self.testNamePatterns = ['*%s*' % p if '*' not in p else p for p in patterns]
            self.testLoader.testNamePatterns = self.testNamePatterns
        if names:
            self.testNames = names
        elif self.defaultTest is None:
            self.testNames = None
        elif isinstance(self.defaultTest, str):
            self.testNames = (self.defaultTest,)
        else:
            self.testNames = list(self.defaultTest)
        self.createTests()

    def createTests(self):
        if self.testNames is None and self.module is None:
            self.usageExit('name the tests to run (pyheap has no test discovery)')
        if self.testNames is None:
            self.test = self.testLoader.loadTestsFromModule(self.module)
        else:
            self.test = self.testLoader.loadTestsFromNames(self.testNames, self.module)

    def runTests(self):
        if self.testRunner is None:
            self.testRunner = runner.TextTestRunner
        if isinstance(self.testRunner, type):
            try:
                testRunner = self.testRunner(verbosity=self.verbosity,
                                             failfast=self.failfast,
                                             buffer=self.buffer,
                                             warnings=self.warnings,
                                             tb_locals=self.tb_locals)
            except TypeError:
                testRunner = self.testRunner()
        else:
            testRunner = self.testRunner
        self.result = testRunner.run(self.test)
        if self.exit:
            sys.exit(not self.result.wasSuccessful())


main = TestProgram
