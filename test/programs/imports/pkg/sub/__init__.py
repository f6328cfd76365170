# pyheap-test: module (part of the package imported by packages.py)
from .. import X
from . import leaf
print('sub', X, leaf.Y)
