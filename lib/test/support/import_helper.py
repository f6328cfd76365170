"""Stand-in for test.support.import_helper: importing a module a test needs, or skipping."""

import sys
import unittest


def import_module(name, deprecated=False, *, required_on=()):
    """The module, or unittest.SkipTest('No module named ...') if it cannot be imported."""
    try:
        __import__(name)
    except ImportError as msg:
        raise unittest.SkipTest(str(msg))
    return sys.modules[name]


def import_fresh_module(name, fresh=(), blocked=(), deprecated=False):
    """Import name again from scratch (its cached copy is removed first); None if it fails."""
    saved = {}
    for modname in (name,) + tuple(fresh) + tuple(blocked):
        if modname in sys.modules:
            saved[modname] = sys.modules.pop(modname)
    try:
        for modname in blocked:
            sys.modules[modname] = None
        for modname in fresh:
            __import__(modname)
        try:
            __import__(name)
            return sys.modules[name]
        except ImportError:
            return None
    finally:
        for modname in tuple(fresh) + tuple(blocked):
            sys.modules.pop(modname, None)
        sys.modules.update(saved)


class CleanImport:
    """with CleanImport('a', 'b'): those modules are imported afresh inside."""

    def __init__(self, *module_names):
        self.original_modules = sys.modules.copy()
        for module_name in module_names:
            if module_name in sys.modules:
                del sys.modules[module_name]

    def __enter__(self):
        return self

    def __exit__(self, *ignore):
        sys.modules.clear()
        sys.modules.update(self.original_modules)
        return False


def unload(name):
    sys.modules.pop(name, None)


def forget(modname):
    unload(modname)
