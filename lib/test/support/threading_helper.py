"""Stand-in for test.support.threading_helper: pyheap has no threads, so every test that
needs them is skipped with that reason."""

import unittest

_NO_THREADS = 'pyheap has no threads'
can_start_thread = False


def requires_working_threading(*, module=False):
    """Skip the decorated test (or, with module=True, the whole module)."""
    if module:
        raise unittest.SkipTest(_NO_THREADS)
    return unittest.skip(_NO_THREADS)


def reap_threads(func):
    return func


def threading_setup():
    return (1,)


def threading_cleanup(*original_values):
    pass


class wait_threads_exit:
    def __init__(self, timeout=None):
        pass

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return False


def join_thread(thread, timeout=None):
    raise unittest.SkipTest(_NO_THREADS)


class start_threads:
    def __init__(self, threads, unlock=None):
        self.threads = threads

    def __enter__(self):
        raise unittest.SkipTest(_NO_THREADS)

    def __exit__(self, *exc):
        return False


class catch_threading_exception:
    def __enter__(self):
        raise unittest.SkipTest(_NO_THREADS)

    def __exit__(self, *exc):
        return False
