"""Stand-in (conformance runner only): only threaded tests use random; they skip."""

import unittest


def randint(a, b):
    raise unittest.SkipTest('no random module in pyheap yet')


random = shuffle = choice = randint
