# every kind of outcome, reported by TextTestRunner at verbosity 2 (timing line filtered)
import sys
import unittest


class Out:
    """the runner's stream, without the timing"""
    def write(self, s):
        for line in s.splitlines(True):
            if line.startswith('Ran '):
                line = 'Ran ' + line.split()[1] + ' tests\n'
            sys.stdout.write(line)
    def flush(self):
        pass


class Outcomes(unittest.TestCase):
    def test_pass(self):
        self.assertEqual(1, 1)

    def test_fail(self):
        self.assertEqual(1, 2)

    def test_error(self):
        {}['missing']

    @unittest.skip("not today")
    def test_skipped(self):
        pass

    def test_skip_inside(self):
        self.skipTest("inside")

    @unittest.expectedFailure
    def test_expected_failure(self):
        self.assertTrue(False)

    @unittest.expectedFailure
    def test_unexpected_success(self):
        pass

    def test_subtests(self):
        for i in range(4):
            with self.subTest(i=i):
                self.assertNotEqual(i % 2, 1)

    def test_subtest_msg(self):
        with self.subTest("first", n=1):
            self.fail("boom")


@unittest.skipIf(True, "whole class")
class Skipped(unittest.TestCase):
    def test_a(self):
        pass


class Docs(unittest.TestCase):
    def test_doc(self):
        """First line of the doc.

        More."""
        self.assertIn(3, [1, 2])


result = unittest.TextTestRunner(stream=Out(), verbosity=2).run(
    unittest.defaultTestLoader.loadTestsFromModule(sys.modules[__name__]))
print(result.testsRun, len(result.failures), len(result.errors), len(result.skipped),
      len(result.expectedFailures), len(result.unexpectedSuccesses), result.wasSuccessful())
