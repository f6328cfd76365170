# setUpModule/setUpClass/setUp/cleanups/tearDown order, failures in fixtures, unittest.main
import sys
import unittest

log = print


def setUpModule():
    log('setUpModule')
    unittest.addModuleCleanup(log, 'module cleanup')


def tearDownModule():
    log('tearDownModule')


class First(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log('setUpClass First')
        cls.addClassCleanup(log, 'class cleanup First')

    @classmethod
    def tearDownClass(cls):
        log('tearDownClass First')

    def setUp(self):
        log('  setUp', self._testMethodName)
        self.addCleanup(log, '  cleanup 1', self._testMethodName)
        self.addCleanup(log, '  cleanup 2', self._testMethodName)

    def tearDown(self):
        log('  tearDown', self._testMethodName)

    def test_b(self):
        log('    test_b')

    def test_a(self):
        log('    test_a')
        raise ValueError('a fails')

    def test_c_cleanup_fails(self):
        self.addCleanup(lambda: 1 / 0)


class BrokenSetUpClass(unittest.TestCase):
    @classmethod
    def setUpClass(cls):
        log('setUpClass Broken')
        raise RuntimeError('no class today')

    def test_never(self):
        log('never runs')


class BrokenSetUp(unittest.TestCase):
    def setUp(self):
        self.addCleanup(log, '  cleanup after failed setUp')
        raise KeyError('setUp')

    def tearDown(self):
        log('tearDown must not run')

    def test_x(self):
        log('never runs either')


class Out:
    """the runner's stream, without the timing"""
    def write(self, s):
        for line in s.splitlines(True):
            if line.startswith('Ran '):
                line = 'Ran ' + line.split()[1] + ' tests\n'
            sys.stdout.write(line)
    def flush(self):
        pass


prog = unittest.main(exit=False, testRunner=unittest.TextTestRunner(stream=Out(), verbosity=2),
                     argv=['prog'])
r = prog.result
print(r.testsRun, [str(t) for t, _ in r.errors])
