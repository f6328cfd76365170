# pyheap-test: module (imported by import_star_all.py: a non-str item in __all__)
__all__ = ['ok', 7]
ok = 'ok'
