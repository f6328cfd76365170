"""linecache: source lines by file name, read through the interpreter's own source cache
(the one its traceback printing uses), so the traceback module shows the same lines."""

import _traceback

__all__ = ["getline", "clearcache", "checkcache", "lazycache", "getlines"]


def getline(filename, lineno, module_globals=None):
    """The line `lineno` of `filename` with its newline, or '' when there is none."""
    if not isinstance(lineno, int):
        return ''
    return _traceback.getline(filename, lineno)


def getlines(filename, module_globals=None):
    """Every line of `filename`, each with its newline ([] when the file cannot be read)."""
    lines = []
    n = 1
    while True:
        line = _traceback.getline(filename, n)
        if not line:
            break
        lines.append(line)
        n += 1
    # getline gives '' past the end and for a blank last line without newline alike: trim the
    # phantom empty line that a file ending in a newline leaves after its last real line
    if lines and lines[-1] == '\n':
        lines.pop()
    return lines


def clearcache():
    """Nothing to do: source files are read once per run."""


def checkcache(filename=None):
    """Nothing to do: source files are read once per run."""


def lazycache(filename, module_globals):
    return False
