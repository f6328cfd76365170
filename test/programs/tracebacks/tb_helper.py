# pyheap-test: module (imported by in_imported_module.py)
def explode(n):
    if n == 0:
        raise ValueError("exploded at depth 0")
    return explode(n - 1)
