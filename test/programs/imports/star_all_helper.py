# pyheap-test: module (imported by import_star_all.py: a module with __all__)
__all__ = ['pub', '_listed']
pub = 'pub'
other = 'other'
_listed = 'listed though private'
