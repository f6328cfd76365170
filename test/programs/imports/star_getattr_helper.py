# pyheap-test: module (imported by import_star_all.py: __all__ served by module __getattr__)
__all__ = ['real', 'dynamic']
real = 'real'

def __getattr__(name):
    if name == 'dynamic':
        return 'made by __getattr__'
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
