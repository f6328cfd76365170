"""Stand-in for test.support.os_helper: file names and temporary files for tests.

TESTFN is a name in the current directory (the conformance runner runs each file in a fresh
temporary directory). Helpers that need os or tempfile skip the test when those are missing.
"""

import unittest

try:
    import os
except ImportError:
    os = None

TESTFN_ASCII = '@test_%s_tmp' % (os.getpid() if os is not None and hasattr(os, 'getpid')
                                 else 'pyheap')
TESTFN = TESTFN_ASCII
TESTFN_NONASCII = None
TESTFN_UNENCODABLE = None
SAVEDCWD = os.getcwd() if os is not None and hasattr(os, 'getcwd') else '.'


def _need_os(what):
    if os is None:
        raise unittest.SkipTest('%s needs the os module' % what)


def unlink(filename):
    """Remove a file, ignoring a missing one."""
    if os is None:
        return
    try:
        os.unlink(filename)
    except (FileNotFoundError, NotADirectoryError):
        pass


def rmtree(path):
    _need_os('rmtree')
    try:
        import shutil
    except ImportError:
        raise unittest.SkipTest('rmtree needs the shutil module')
    try:
        shutil.rmtree(path)
    except FileNotFoundError:
        pass


class temp_dir:
    """with temp_dir() as path: a new directory, removed afterwards."""

    def __init__(self, path=None, quiet=False):
        self.path = path
        self.quiet = quiet

    def __enter__(self):
        try:
            import tempfile
        except ImportError:
            raise unittest.SkipTest('temp_dir needs the tempfile module')
        if self.path is None:
            self.path = tempfile.mkdtemp()
            self.created = True
        else:
            _need_os('temp_dir')
            os.mkdir(self.path)
            self.created = True
        return self.path

    def __exit__(self, *exc):
        rmtree(self.path)
        return False


class change_cwd:
    def __init__(self, path, quiet=False):
        _need_os('change_cwd')
        self.path = path

    def __enter__(self):
        self.saved = os.getcwd()
        os.chdir(self.path)
        return os.getcwd()

    def __exit__(self, *exc):
        os.chdir(self.saved)
        return False


class temp_cwd:
    def __init__(self, name='tempcwd', quiet=False):
        self.dir = temp_dir()

    def __enter__(self):
        path = self.dir.__enter__()
        self.cwd = change_cwd(path)
        return self.cwd.__enter__()

    def __exit__(self, *exc):
        self.cwd.__exit__(*exc)
        return self.dir.__exit__(*exc)


class EnvironmentVarGuard:
    def __init__(self):
        _need_os('EnvironmentVarGuard')
        self._environ = os.environ
        self._changed = {}

    def __getitem__(self, envvar):
        return self._environ[envvar]

    def __setitem__(self, envvar, value):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)
        self._environ[envvar] = value

    def __delitem__(self, envvar):
        if envvar not in self._changed:
            self._changed[envvar] = self._environ.get(envvar)
        if envvar in self._environ:
            del self._environ[envvar]

    def set(self, envvar, value):
        self[envvar] = value

    def unset(self, envvar):
        del self[envvar]

    def __enter__(self):
        return self

    def __exit__(self, *ignore_exc):
        for (k, v) in self._changed.items():
            if v is None:
                if k in self._environ:
                    del self._environ[k]
            else:
                self._environ[k] = v
        return False
