# pyheap-test: stderr=full
# A traceback through a functools.lru_cache'd function shows the function's frames only: the
# cache wrapper is C code in CPython (pyheap's is Python, hidden from tracebacks).
from functools import lru_cache


@lru_cache(maxsize=32)
def inverse(n):
    if n == 3:
        return 1 / (n - 3)
    return inverse(n + 1)


inverse(0)
