# pyheap-test: module (part of the package imported by packages.py)
Y = 'leafy'
from ..sub import leaf as me
print('leaf pkg', __package__)
