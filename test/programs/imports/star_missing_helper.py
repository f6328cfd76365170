# pyheap-test: module (imported by import_star_all.py: __all__ names a missing attribute)
__all__ = ('here', 'x')
here = 1
