"""Miscellaneous operating system interfaces (the `os` module), over the `posix` calls written in
TypeScript (src/modules/posix.ts). os.path is posixpath."""

import sys
import posix as _posix

name = "posix"
linesep = "\n"
sep = "/"
altsep = None
extsep = "."
pathsep = ":"
curdir = "."
pardir = ".."
defpath = "/bin:/usr/bin"
devnull = "/dev/null"

F_OK, X_OK, W_OK, R_OK = 0, 1, 2, 4
SEEK_SET, SEEK_CUR, SEEK_END = 0, 1, 2

error = OSError


class PathLike:
    """Abstract base class for objects with a __fspath__ method."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented


def fspath(path):
    """Return the file system representation of the path (str and bytes pass unchanged)."""
    if isinstance(path, (str, bytes)):
        return path
    path_type = type(path)
    try:
        path_repr = path_type.__fspath__(path)
    except AttributeError:
        if hasattr(path_type, "__fspath__"):
            raise
        raise TypeError("expected str, bytes or os.PathLike object, not " + path_type.__name__)
    if isinstance(path_repr, (str, bytes)):
        return path_repr
    raise TypeError("expected {}.__fspath__() to return str or bytes, not {}".format(
        path_type.__name__, type(path_repr).__name__))


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8", "surrogateescape") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8", "surrogateescape") if isinstance(filename, bytes) else filename


_ACCEPTS = {"stat": "string, bytes, os.PathLike or integer", "chdir": "string, bytes, os.PathLike or integer",
            "listdir": "string, bytes, os.PathLike, integer or None", "chmod": "string, bytes, os.PathLike or integer",
            "utime": "string, bytes, os.PathLike or integer"}


def _p(path, funcname):
    """a path argument as str for the posix calls"""
    if isinstance(path, int) and funcname in _ACCEPTS:
        raise TypeError("%s: file descriptors are not supported by pyheap" % funcname)
    try:
        path = fspath(path)
    except TypeError:
        raise TypeError("%s: path should be %s, not %s"
                        % (funcname, _ACCEPTS.get(funcname, "string, bytes or os.PathLike"),
                           type(path).__name__)) from None
    if isinstance(path, bytes):
        path = path.decode("utf-8", "surrogateescape")
    return path


def getcwd():
    return _posix.getcwd()


def getcwdb():
    return _posix.getcwd().encode()


def chdir(path):
    _posix.chdir(_p(path, "chdir"))


def listdir(path="."):
    if isinstance(path, bytes):
        return [n.encode() for n in _posix.listdir(_p(path, "listdir"))]
    return _posix.listdir(_p(path, "listdir"))


def mkdir(path, mode=0o777, *, dir_fd=None):
    _posix.mkdir(_p(path, "mkdir"), mode)


def makedirs(name, mode=0o777, exist_ok=False):
    """Make a directory and every missing parent ("mkdir -p")."""
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        try:
            makedirs(head, exist_ok=exist_ok)
        except FileExistsError:
            pass
        if tail == (curdir if isinstance(tail, str) else curdir.encode()):
            return
    try:
        mkdir(name, mode)
    except OSError:
        if not exist_ok or not path.isdir(name):
            raise


def rmdir(path, *, dir_fd=None):
    _posix.rmdir(_p(path, "rmdir"))


def removedirs(name):
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def remove(path, *, dir_fd=None):
    _posix.unlink(_p(path, "remove"))


def unlink(path, *, dir_fd=None):
    _posix.unlink(_p(path, "unlink"))


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_p(src, "rename"), _p(dst, "rename"))


def replace(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _posix.rename(_p(src, "replace"), _p(dst, "replace"))


def renames(old, new):
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _posix.symlink(_p(src, "symlink"), _p(dst, "symlink"))


def readlink(path, *, dir_fd=None):
    return _posix.readlink(_p(path, "readlink"))


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return bool(_posix.access(_p(path, "access"), mode))


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _posix.chmod(_p(path, "chmod"), mode)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if ns is None:
        if times is None:
            import time
            now = time.time_ns()
            ns = (now, now)
        else:
            ns = (int(times[0] * 1e9), int(times[1] * 1e9))
    _posix.utime(_p(path, "utime"), ns[0], ns[1])


_STAT_FIELDS = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size")


class stat_result(tuple):
    """The result of os.stat: a 10-tuple (mode, ino, dev, nlink, uid, gid, size, atime, mtime,
    ctime) with whole-second times, and named fields with float times and nanoseconds."""

    n_sequence_fields = 10
    n_fields = 19
    n_unnamed_fields = 3

    def __new__(cls, raw):
        # raw: (mode, ino, dev, nlink, uid, gid, size, atime_ns, mtime_ns, ctime_ns, blksize, blocks, rdev)
        if len(raw) != 13:
            raise TypeError("os.stat_result() takes a 13-sequence from posix.stat")
        seconds = tuple(ns // 1000000000 for ns in raw[7:10])
        self = super().__new__(cls, tuple(raw[:7]) + seconds)
        self._ns = tuple(raw[7:10])
        self._extra = tuple(raw[10:13])
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._ns[0] / 1e9)
    st_mtime = property(lambda self: self._ns[1] / 1e9)
    st_ctime = property(lambda self: self._ns[2] / 1e9)
    st_atime_ns = property(lambda self: self._ns[0])
    st_mtime_ns = property(lambda self: self._ns[1])
    st_ctime_ns = property(lambda self: self._ns[2])
    st_blksize = property(lambda self: self._extra[0])
    st_blocks = property(lambda self: self._extra[1])
    st_rdev = property(lambda self: self._extra[2])

    def __repr__(self):
        names = _STAT_FIELDS + ("st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join("%s=%r" % (n, v) for n, v in zip(names, self))

    def __reduce__(self):
        return (stat_result, (tuple(self[:7]) + self._ns + self._extra,))


stat_result.__module__ = "os"


def stat(path, *, dir_fd=None, follow_symlinks=True):
    return stat_result(_posix.stat(_p(path, "stat"), follow_symlinks))


def lstat(path, *, dir_fd=None):
    return stat_result(_posix.stat(_p(path, "lstat"), False))


class DirEntry:
    """One entry of os.scandir: name, path, is_dir(), is_file(), is_symlink(), stat()."""

    __slots__ = ("name", "path", "_stat", "_lstat")

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % self.name

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def _kind(self, bits, follow):
        try:
            return self.stat(follow_symlinks=follow).st_mode & 0o170000 == bits
        except FileNotFoundError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        return self._kind(0o040000, follow_symlinks)

    def is_file(self, *, follow_symlinks=True):
        return self._kind(0o100000, follow_symlinks)

    def is_symlink(self):
        return self._kind(0o120000, False)

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        self._names = iter(())


def scandir(path="."):
    return _ScandirIterator(path)


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Directory tree generator: (dirpath, dirnames, filenames) for each directory under top."""
    stack = [fspath(top)]
    while stack:
        top = stack.pop()
        if isinstance(top, tuple):  # a directory to yield after its children (bottom-up)
            yield top
            continue
        try:
            entries = list(scandir(top))
        except OSError as error:
            if onerror is not None:
                onerror(error)
            continue
        dirs, nondirs = [], []
        for entry in entries:
            (dirs if entry.is_dir() else nondirs).append(entry.name)
        if topdown:
            yield top, dirs, nondirs
            for d in reversed(dirs):
                new_path = path.join(top, d)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)
        else:
            stack.append((top, dirs, nondirs))
            for d in reversed(dirs):
                new_path = path.join(top, d)
                if followlinks or not path.islink(new_path):
                    stack.append(new_path)


def getpid():
    return _posix.getpid()


# ends the process at once: no atexit handlers, no flushing (a builtin, as in CPython)
_exit = _posix._exit


def getppid():
    return _posix.getppid()


def getuid():
    return _posix.getuid()


def geteuid():
    return _posix.getuid()


def getgid():
    return _posix.getgid()


def getegid():
    return _posix.getgid()


def cpu_count():
    return _posix.cpu_count()


def umask(mask):
    return _posix.umask(mask)


def urandom(size):
    if not isinstance(size, int):
        raise TypeError("'%s' object cannot be interpreted as an integer" % type(size).__name__)
    if size < 0:
        raise ValueError("negative argument not allowed")
    return _posix.urandom(size)


def strerror(code):
    return _STRERROR.get(code, "Unknown error %d" % code)


_STRERROR = {1: "Operation not permitted", 2: "No such file or directory", 13: "Permission denied",
             17: "File exists", 20: "Not a directory", 21: "Is a directory", 22: "Invalid argument",
             39: "Directory not empty"}


class _Environ:
    """os.environ: a mapping of the process environment; assignments reach the environment."""

    def __init__(self, data):
        self._data = data

    def __getitem__(self, key):
        return self._data[key]

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        _posix.putenv(key, value)
        self._data[key] = value

    def __delitem__(self, key):
        value = self._data[key]
        _posix.unsetenv(key)
        del self._data[key]

    def __iter__(self):
        return iter(list(self._data))

    def __len__(self):
        return len(self._data)

    def __contains__(self, key):
        return key in self._data

    def __repr__(self):
        return "environ({%s})" % ", ".join("%r: %r" % item for item in self._data.items())

    def __eq__(self, other):
        return dict(self.items()) == other

    def get(self, key, default=None):
        return self._data.get(key, default)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def copy(self):
        return dict(self._data)

    def setdefault(self, key, value):
        if key not in self._data:
            self[key] = value
        return self._data[key]

    _MISSING = object()

    def pop(self, key, default=_MISSING):
        if key in self._data:
            value = self._data[key]
            del self[key]
            return value
        if default is _Environ._MISSING:
            raise KeyError(key)
        return default

    def popitem(self):
        key = next(iter(self._data))
        return key, self.pop(key)

    def clear(self):
        for key in list(self._data):
            del self[key]

    def update(self, other=(), **kwds):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwds.items():
            self[key] = value

    def __or__(self, other):
        result = dict(self._data)
        result.update(other)
        return result

    def __ior__(self, other):
        self.update(other)
        return self


environ = _Environ(dict(_posix.environ()))


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value):
    _posix.putenv(key, value)


def unsetenv(key):
    _posix.unsetenv(key)


def get_exec_path(env=None):
    if env is None:
        env = environ
    return env.get("PATH", defpath).split(pathsep)


import posixpath as path  # noqa: E402  (after the functions it uses)

sys.modules["os.path"] = path
