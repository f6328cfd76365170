# the failure messages of the assert* methods (first line for containers: CPython adds an ndiff)
import unittest


class T(unittest.TestCase):
    def runTest(self):
        pass


t = T()
cases = [
    lambda: t.assertEqual(1, 2),
    lambda: t.assertEqual(1, 3, 'my note'),
    lambda: t.assertEqual([1, 2, 3], [1, 2, 4]),
    lambda: t.assertEqual((1, 2), (1, 2, 3)),
    lambda: t.assertEqual({'a': 1}, {'a': 2}),
    lambda: t.assertEqual({1, 2}, {2, 3}),
    lambda: t.assertEqual('x' * 100 + 'a', 'x' * 100 + 'b'),
    lambda: t.assertNotEqual(3, 3),
    lambda: t.assertTrue(0),
    lambda: t.assertFalse([1]),
    lambda: t.assertIs(1, None),
    lambda: t.assertIsNot(None, None),
    lambda: t.assertIsNone(5),
    lambda: t.assertIsNotNone(None),
    lambda: t.assertIn(5, [1, 2]),
    lambda: t.assertNotIn(1, [1, 2]),
    lambda: t.assertIsInstance(1, str),
    lambda: t.assertNotIsInstance(1, int),
    lambda: t.assertGreater(1, 2),
    lambda: t.assertGreaterEqual(1, 2),
    lambda: t.assertLess(2, 1),
    lambda: t.assertLessEqual(2, 1),
    lambda: t.assertAlmostEqual(1.0, 1.1),
    lambda: t.assertAlmostEqual(1.0, 1.5, delta=0.1),
    lambda: t.assertNotAlmostEqual(1.0, 1.0),
    lambda: t.assertCountEqual([1, 1, 2], [1, 2, 2]),
    lambda: t.assertRaises(KeyError, lambda: None),
    lambda: t.assertRaises(KeyError, int, 'x'),
    lambda: t.assertSequenceEqual([1], [1, 2]),
    lambda: t.assertDictEqual({}, {'k': 1}),
    lambda: t.assertEqual(list(range(30)), list(range(29)) + [99]),
    lambda: t.fail(),
    lambda: t.fail('explicit'),
]
for case in cases:
    try:
        case()
    except AssertionError as e:
        print(type(e).__name__, '|', str(e).split('\n')[0])
    except Exception as e:
        print('other', type(e).__name__, e)
    else:
        print('passed?')

with t.assertRaises(ZeroDivisionError) as cm:
    1 / 0
print(type(cm.exception).__name__, cm.exception.__traceback__)
try:
    with t.assertRaises(TypeError, msg='extra'):
        pass
except AssertionError as e:
    print(e)
try:
    t.assertRaises(1, None)
except TypeError as e:
    print(e)
t.longMessage = False
try:
    t.assertEqual(1, 2, 'only mine')
except AssertionError as e:
    print(e)
