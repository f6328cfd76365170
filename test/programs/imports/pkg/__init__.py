# pyheap-test: module (part of the package imported by packages.py)
print('init pkg', __name__, __package__)
X = 1
