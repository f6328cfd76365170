"""`pyheap -m unittest NAME...`: run the tests of the named modules, classes or methods
(test discovery is not offered: name what to run)."""

import sys

from .main import main

__unittest = True

if sys.argv[0].endswith('__main__.py'):
    sys.argv[0] = 'python -m unittest'

main(module=None)
