"""warnings: issue warnings and decide, through a list of filters, whether each is ignored,
shown (on sys.stderr, as "file:line: Category: message" and the source line), or raised.

A warning is shown once per location by default: each module keeps a __warningregistry__ of
the (text, category, line) triples already seen; changing the filters empties the registries."""

import sys
from _traceback import hide_frames as _written_in_c

__all__ = ["warn", "warn_explicit", "showwarning", "formatwarning", "filterwarnings",
           "simplefilter", "resetwarnings", "catch_warnings"]

_ACTIONS = ("error", "ignore", "always", "default", "module", "once")


class _Pattern:
    """A compiled filter pattern: a regular expression when `re` is available, otherwise a
    literal prefix (which is what most filters are)."""

    def __init__(self, text, ignore_case):
        self.pattern = text
        self._ignore_case = ignore_case
        try:
            import re
        except ImportError:
            self._regex = None
        else:
            self._regex = re.compile(text, re.I if ignore_case else 0)

    def match(self, s):
        if self._regex is not None:
            return self._regex.match(s)
        if self._ignore_case:
            return s.lower().startswith(self.pattern.lower())
        return s.startswith(self.pattern)

    def __repr__(self):
        if self._regex is not None:
            return repr(self._regex)
        if self._ignore_case:
            return "re.compile(%r, re.IGNORECASE)" % (self.pattern,)
        return "re.compile(%r)" % (self.pattern,)

    def __eq__(self, other):
        return (isinstance(other, _Pattern) and self.pattern == other.pattern
                and self._ignore_case == other._ignore_case)

    def __hash__(self):
        return hash(self.pattern)


# ---------------------------------------------------------------- showing

def showwarning(message, category, filename, lineno, file=None, line=None):
    """Write a warning to a file (sys.stderr by default)."""
    msg = WarningMessage(message, category, filename, lineno, file, line)
    _showwarnmsg_impl(msg)


def formatwarning(message, category, filename, lineno, line=None):
    """The text a warning is shown with."""
    msg = WarningMessage(message, category, filename, lineno, None, line)
    return _formatwarnmsg_impl(msg)


def _showwarnmsg_impl(msg):
    file = msg.file
    if file is None:
        file = sys.stderr
        if file is None:
            return
    text = _formatwarnmsg(msg)
    try:
        file.write(text)
    except OSError:
        pass


def _formatwarnmsg_impl(msg):
    category = msg.category.__name__
    s = f"{msg.filename}:{msg.lineno}: {category}: {msg.message}\n"
    if msg.line is None:
        try:
            import linecache
            line = linecache.getline(msg.filename, msg.lineno)
        except Exception:
            line = None
    else:
        line = msg.line
    if line:
        s += "  %s\n" % line.strip()
    if msg.source is not None:
        s += _source_allocation(msg.source, category)
    return s


def _source_allocation(source, category):
    """Where the object a warning is about was allocated, if tracemalloc traced it; else the
    hint to turn tracemalloc on (when it is off)."""
    try:
        import tracemalloc
    except Exception:
        tracing = True
        tb = None
    else:
        tracing = tracemalloc.is_tracing()
        try:
            tb = tracemalloc.get_object_traceback(source)
        except Exception:
            tb = None
    if tb is not None:
        s = 'Object allocated at (most recent call last):\n'
        for frame in tb:
            s += '  File "%s", lineno %s\n' % (frame.filename, frame.lineno)
            try:
                import linecache
                line = linecache.getline(frame.filename, frame.lineno)
            except Exception:
                line = None
            if line:
                s += '    %s\n' % line.strip()
        return s
    if not tracing:
        return f'{category}: Enable tracemalloc to get the object allocation traceback\n'
    return ''


_showwarning_orig = showwarning
_formatwarning_orig = formatwarning


def _showwarnmsg(msg):
    """Show through a replaced warnings.showwarning if the program installed one."""
    sw = globals().get('showwarning', _showwarning_orig)
    if sw is not _showwarning_orig:
        if not callable(sw):
            raise TypeError("warnings.showwarning() must be set to a function or method")
        sw(msg.message, msg.category, msg.filename, msg.lineno, msg.file, msg.line)
        return
    _showwarnmsg_impl(msg)


def _formatwarnmsg(msg):
    fw = globals().get('formatwarning', _formatwarning_orig)
    if fw is not _formatwarning_orig:
        return fw(msg.message, msg.category, msg.filename, msg.lineno, msg.line)
    return _formatwarnmsg_impl(msg)


# ---------------------------------------------------------------- filters

def filterwarnings(action, message="", category=Warning, module="", lineno=0, append=False):
    """Add a filter: `message` (a regex matched case-insensitively at the start of the text)
    and `module` (a regex matched at the start of the module name) narrow it down."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(message, str):
        raise AssertionError("message must be a string")
    if not isinstance(category, type) or not issubclass(category, Warning):
        raise AssertionError("category must be a Warning subclass")
    if not isinstance(module, str):
        raise AssertionError("module must be a string")
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, _Pattern(message, True) if message else None, category,
                _Pattern(module, False) if module else None, lineno, append=append)


def simplefilter(action, category=Warning, lineno=0, append=False):
    """Add a filter matching every message and module."""
    if action not in _ACTIONS:
        raise AssertionError("invalid action: %r" % (action,))
    if not isinstance(lineno, int) or lineno < 0:
        raise AssertionError("lineno must be an int >= 0")
    _add_filter(action, None, category, None, lineno, append=append)


def _add_filter(*item, append):
    if not append:
        try:
            filters.remove(item)
        except ValueError:
            pass
        filters.insert(0, item)
    elif item not in filters:
        filters.append(item)
    _filters_mutated()


def resetwarnings():
    """Remove every filter."""
    filters[:] = []
    _filters_mutated()


def _filters_mutated():
    global _filters_version
    _filters_version += 1


# ---------------------------------------------------------------- issuing

@_written_in_c
def warn(message, category=None, stacklevel=1, source=None):
    """Issue a warning attributed to the caller `stacklevel` frames up."""
    if isinstance(message, Warning):
        category = message.__class__
    if category is None:
        category = UserWarning
    if not (isinstance(category, type) and issubclass(category, Warning)):
        raise TypeError("category must be a Warning subclass, "
                        "not '{:s}'".format(type(category).__name__))
    try:
        frame = sys._getframe(stacklevel)
    except ValueError:
        globals = sys.__dict__
        filename = "sys"
        lineno = 1
    else:
        globals = frame.f_globals
        filename = frame.f_code.co_filename
        lineno = frame.f_lineno
    if '__name__' in globals:
        module = globals['__name__']
    else:
        module = "<string>"
    registry = globals.setdefault("__warningregistry__", {})
    warn_explicit(message, category, filename, lineno, module, registry, globals, source)


@_written_in_c
def warn_explicit(message, category, filename, lineno, module=None, registry=None,
                  module_globals=None, source=None):
    """Issue a warning for an explicit location, honouring the filters and the registry."""
    lineno = int(lineno)
    if module is None:
        module = filename or "<unknown>"
        if module[-3:].lower() == ".py":
            module = module[:-3]
    if isinstance(message, Warning):
        text = str(message)
        category = message.__class__
    else:
        text = message
        message = category(message)
    key = (text, category, lineno)
    if registry is not None and _already_warned(registry, key, False):
        return
    for item in filters:
        action, msg, cat, mod, ln = item
        if (_matches(msg, text) and issubclass(category, cat) and
                _matches(mod, module) and (ln == 0 or lineno == ln)):
            break
    else:
        action = defaultaction
    if action == "error":
        raise message
    # remember this location, except for "always" (as the C implementation does)
    if action != "always":
        if registry is not None:
            registry[key] = True
        if action == "ignore":
            return
        if action == "once":
            if _already_warned(onceregistry if registry is None else registry,
                               (text, category), True):
                return
        elif action == "module":
            if registry is not None and _already_warned(registry, (text, category), True):
                return
        elif action != "default":
            raise RuntimeError("Unrecognized action (%r) in warnings.filters:\n %s"
                               % (action, item))
    _showwarnmsg(WarningMessage(message, category, filename, lineno, source=source))


def _warn_unawaited_coroutine(coro):
    """The RuntimeWarning for a coroutine freed without ever being awaited (called by the
    interpreter when it frees one, at the Python line running then)."""
    msg_lines = [f"coroutine '{coro.__qualname__}' was never awaited\n"]
    if coro.cr_origin is not None:
        import linecache, traceback

        def extract():
            for filename, lineno, funcname in reversed(coro.cr_origin):
                line = linecache.getline(filename, lineno)
                yield (filename, lineno, funcname, line)

        msg_lines.append("Coroutine created at (most recent call last)\n")
        msg_lines += traceback.format_list(list(extract()))
    msg = "".join(msg_lines).rstrip("\n")
    # (with source=, the warning shows where tracemalloc saw the coroutine allocated, if it did)
    warn(msg, category=RuntimeWarning, stacklevel=2, source=coro)


def _already_warned(registry, key, should_set):
    """Has key been seen (under the current filters)? A registry made under other filters is
    emptied first."""
    if registry.get('version') != _filters_version:
        registry.clear()
        registry['version'] = _filters_version
    if registry.get(key):
        return True
    if should_set:
        registry[key] = True
    return False


def _matches(pattern, s):
    # a filter's message or module: None matches all, a str must be equal, else a regex
    if pattern is None:
        return True
    if isinstance(pattern, str):
        return pattern == s
    return pattern.match(s)


class WarningMessage(object):
    """One warning as recorded by catch_warnings(record=True)."""

    _WARNING_DETAILS = ("message", "category", "filename", "lineno", "file", "line", "source")

    def __init__(self, message, category, filename, lineno, file=None, line=None, source=None):
        self.message = message
        self.category = category
        self.filename = filename
        self.lineno = lineno
        self.file = file
        self.line = line
        self.source = source
        self._category_name = category.__name__ if category else None

    def __str__(self):
        return ("{message : %r, category : %r, filename : %r, lineno : %s, "
                "line : %r}" % (self.message, self._category_name,
                                self.filename, self.lineno, self.line))


class catch_warnings(object):
    """Context manager that saves the filters and showwarning() on entry and restores them on
    exit; with record=True, warnings are appended to the list it returns instead of shown."""

    def __init__(self, *, record=False, module=None, action=None, category=Warning, lineno=0,
                 append=False):
        self._record = record
        self._module = sys.modules['warnings'] if module is None else module
        self._entered = False
        if action is None:
            self._filter = None
        else:
            self._filter = (action, category, lineno, append)

    def __repr__(self):
        args = []
        if self._record:
            args.append("record=True")
        if self._module is not sys.modules['warnings']:
            args.append("module=%r" % self._module)
        name = type(self).__name__
        return "%s(%s)" % (name, ", ".join(args))

    def __enter__(self):
        if self._entered:
            raise RuntimeError("Cannot enter %r twice" % self)
        self._entered = True
        self._filters = self._module.filters
        self._module.filters = self._filters[:]
        self._module._filters_mutated()
        self._showwarning = self._module.showwarning
        self._showwarnmsg_impl = self._module._showwarnmsg_impl
        if self._filter is not None:
            simplefilter(*self._filter)
        if self._record:
            log = []
            self._module._showwarnmsg_impl = log.append
            self._module.showwarning = self._module._showwarning_orig
            return log
        return None

    def __exit__(self, *exc_info):
        if not self._entered:
            raise RuntimeError("Cannot exit %r without entering first" % self)
        self._module.filters = self._filters
        self._module._filters_mutated()
        self._module.showwarning = self._showwarning
        self._module._showwarnmsg_impl = self._showwarnmsg_impl


_filters_version = 1
defaultaction = "default"
onceregistry = {}
filters = []
# the filters a release build of CPython 3.11 starts with (its _warnings module makes them); -W
# options go in front of them (below)
filters.append(("default", None, DeprecationWarning, "__main__", 0))
simplefilter("ignore", category=DeprecationWarning, append=True)
simplefilter("ignore", category=PendingDeprecationWarning, append=True)
simplefilter("ignore", category=ImportWarning, append=True)
simplefilter("ignore", category=ResourceWarning, append=True)


# ---------------------------------------------------------------- -W options

class _OptionError(Exception):
    """A -W option that cannot be read."""


def _option_action(text):
    """the action a -W option names (a prefix of one is enough; 'all' is 'always')"""
    if not text:
        return "default"
    if text == "all":
        return "always"
    for action in ("default", "always", "ignore", "module", "once", "error"):
        if action.startswith(text):
            return action
    raise _OptionError("invalid action: %r" % (text,))


def _option_category(text):
    """the warning class a -W option names: a builtin's name, or module.Class"""
    if not text:
        return Warning
    if "." in text:
        modname, _, clsname = text.rpartition(".")
        try:
            owner = __import__(modname, None, None, [clsname])
        except ImportError:
            raise _OptionError("invalid module name: %r" % (modname,)) from None
    else:
        import builtins as owner
        clsname = text
    try:
        cls = getattr(owner, clsname)
    except AttributeError:
        raise _OptionError("unknown warning category: %r" % (text,)) from None
    if not issubclass(cls, Warning):
        raise _OptionError("invalid warning category: %r" % (text,))
    return cls


def _add_option_filter(arg):
    """one -W action:message:category:module:lineno as a filter (missing fields are empty)"""
    fields = arg.split(":")
    if len(fields) > 5:
        raise _OptionError("too many fields (max 5): %r" % (arg,))
    fields += [""] * (5 - len(fields))
    action, message, category, module, lineno = [f.strip() for f in fields]
    action = _option_action(action)
    category = _option_category(category)
    if message or module:
        import re
        message = re.escape(message) if message else message
        module = re.escape(module) + r"\Z" if module else module
    if lineno:
        try:
            lineno = int(lineno)
            if lineno < 0:
                raise ValueError
        except (ValueError, OverflowError):
            raise _OptionError("invalid lineno %r" % (lineno,)) from None
    else:
        lineno = 0
    filterwarnings(action, message, category, module, lineno)


def _process_options(args):
    """the -W options, each a filter in front of those before it; a bad one is reported and skipped"""
    for arg in args:
        try:
            _add_option_filter(arg)
        except _OptionError as msg:
            print("Invalid -W option ignored:", msg, file=sys.stderr)


_process_options(getattr(sys, "warnoptions", ()))
