"""
>>> 1 + 1
2
>>> print('a')
a
>>> x = [1, 2]
>>> x
[1, 2]
>>> 1/0
Traceback (most recent call last):
  ...
ZeroDivisionError: division by zero
>>> for i in range(2):
...     print(i)
0
1
>>> print('long text here')  # doctest: +ELLIPSIS
long ... here
>>> print('')
<BLANKLINE>
>>> 3
4
"""
import doctest
import unittest


def f():
    """
    >>> f()
    'f'
    """
    return 'f'


__test__ = {'extra': """
>>> 'x' * 3
'xxx'
>>> undefined_name
Traceback (most recent call last):
NameError: name 'undefined_name' is not defined
"""}

if __name__ == '__main__':
    print(doctest.testmod())
    suite = doctest.DocTestSuite()
    print([t.id() for t in suite])
    result = unittest.TestResult()
    suite.run(result)
    print(result.testsRun, len(result.failures))
