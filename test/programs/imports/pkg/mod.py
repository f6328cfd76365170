# pyheap-test: module (part of the package imported by packages.py)
from .sub.leaf import Y
Z = Y * 2
