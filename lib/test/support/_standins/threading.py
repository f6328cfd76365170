"""Stand-in (conformance runner only): pyheap has no threads. Importing works; starting a
thread skips the test."""

import unittest


class Thread:
    def __init__(self, group=None, target=None, name=None, args=(), kwargs=None, *,
                 daemon=None):
        self.target = target

    def start(self):
        raise unittest.SkipTest('pyheap has no threads')

    def join(self, timeout=None):
        pass


class Lock:
    def acquire(self, blocking=True, timeout=-1):
        return True

    def release(self):
        pass

    def __enter__(self):
        return True

    def __exit__(self, *exc):
        return False


RLock = Lock


def get_ident():
    return 1


def current_thread():
    return None
