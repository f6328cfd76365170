"""traceback: extract, format and print stack traces and exceptions as CPython 3.11 does.

The text is the interpreter's own: source lines come from the same cache and the position
markers (`^^^^`, `~~~^^^~~`) from the same code (the private `_traceback` module, written in
TypeScript next to the interpreter's traceback printing). This module adds the Python-level
objects: FrameSummary (one entry), StackSummary (a list of them) and TracebackException (an
exception with its stack, cause and context captured)."""

import sys
import linecache
import _traceback

__all__ = ['extract_stack', 'extract_tb', 'format_exception',
           'format_exception_only', 'format_list', 'format_stack',
           'format_tb', 'print_exc', 'format_exc', 'print_exception',
           'print_last', 'print_stack', 'print_tb', 'clear_frames',
           'FrameSummary', 'StackSummary', 'TracebackException',
           'walk_stack', 'walk_tb']

_cause_message = ("\nThe above exception was the direct cause "
                  "of the following exception:\n\n")
_context_message = ("\nDuring handling of the above exception, "
                    "another exception occurred:\n\n")

# identical consecutive entries beyond this many are summarised in one line
_RECURSIVE_CUTOFF = 3


# ---------------------------------------------------------------- stack entries

def print_list(extracted_list, file=None):
    """Print the entries of extract_tb()/extract_stack() output as format_list() formats them."""
    if file is None:
        file = sys.stderr
    for item in StackSummary.from_list(extracted_list).format():
        print(item, file=file, end="")


def format_list(extracted_list):
    """One string per entry (FrameSummary or (filename, lineno, name, line) tuple)."""
    return StackSummary.from_list(extracted_list).format()


def print_tb(tb, limit=None, file=None):
    print_list(extract_tb(tb, limit=limit), file=file)


def format_tb(tb, limit=None):
    return extract_tb(tb, limit=limit).format()


def extract_tb(tb, limit=None):
    return StackSummary._extract_from_extended_frame_gen(
        _walk_tb_with_full_positions(tb), limit=limit)


def print_stack(f=None, limit=None, file=None):
    if f is None:
        f = sys._getframe().f_back
    print_list(extract_stack(f, limit=limit), file=file)


def format_stack(f=None, limit=None):
    if f is None:
        f = sys._getframe().f_back
    return format_list(extract_stack(f, limit=limit))


def extract_stack(f=None, limit=None):
    """The stack from the oldest frame down to `f` (default: the caller)."""
    if f is None:
        f = sys._getframe().f_back
    stack = StackSummary.extract(walk_stack(f), limit=limit)
    stack.reverse()
    return stack


def clear_frames(tb):
    while tb is not None:
        tb = tb.tb_next


def walk_stack(f):
    """(frame, lineno) for f and each frame it was called from."""
    if f is None:
        f = sys._getframe().f_back.f_back.f_back.f_back
    while f is not None:
        yield f, f.f_lineno
        f = f.f_back


def walk_tb(tb):
    """(frame, lineno) for each entry of a traceback, oldest call first."""
    while tb is not None:
        yield tb.tb_frame, tb.tb_lineno
        tb = tb.tb_next


def _walk_tb_with_full_positions(tb):
    while tb is not None:
        lineno, end_lineno, colno, end_colno = _traceback.tb_position(tb)
        if lineno is None:
            lineno = tb.tb_lineno
        yield tb.tb_frame, (lineno, end_lineno, colno, end_colno)
        tb = tb.tb_next


class FrameSummary:
    """One entry of a stack: file, line number, function name and (looked up) source line.
    colno/end_colno are UTF-8 byte offsets of the failing expression, when known."""

    __slots__ = ('filename', 'lineno', 'end_lineno', 'colno', 'end_colno',
                 'name', '_line', 'locals')

    def __init__(self, filename, lineno, name, *, lookup_line=True,
                 locals=None, line=None,
                 end_lineno=None, colno=None, end_colno=None):
        self.filename = filename
        self.lineno = lineno
        self.end_lineno = end_lineno
        self.colno = colno
        self.end_colno = end_colno
        self.name = name
        self._line = line
        if lookup_line:
            self.line
        if locals:
            self.locals = {k: repr(v) for k, v in locals.items()}
        else:
            self.locals = None

    def __eq__(self, other):
        if isinstance(other, FrameSummary):
            return (self.filename == other.filename and
                    self.lineno == other.lineno and
                    self.name == other.name and
                    self.locals == other.locals)
        if isinstance(other, tuple):
            return (self.filename, self.lineno, self.name, self.line) == other
        return NotImplemented

    def __getitem__(self, pos):
        return (self.filename, self.lineno, self.name, self.line)[pos]

    def __iter__(self):
        return iter([self.filename, self.lineno, self.name, self.line])

    def __repr__(self):
        return "<FrameSummary file {filename}, line {lineno} in {name}>".format(
            filename=self.filename, lineno=self.lineno, name=self.name)

    def __len__(self):
        return 4

    @property
    def _original_line(self):
        self.line
        return self._line

    @property
    def line(self):
        if self._line is None:
            if self.lineno is None:
                return None
            self._line = linecache.getline(self.filename, self.lineno)
        return self._line.strip()


class StackSummary(list):
    """A list of FrameSummary objects, ready for formatting."""

    @classmethod
    def extract(klass, frame_gen, *, limit=None, lookup_lines=True,
                capture_locals=False):
        """From (frame, lineno) pairs, as walk_stack() and walk_tb() give them."""
        def with_positions():
            for f, lineno in frame_gen:
                yield f, (lineno, None, None, None)
        return klass._extract_from_extended_frame_gen(
            with_positions(), limit=limit, lookup_lines=lookup_lines,
            capture_locals=capture_locals)

    @classmethod
    def _extract_from_extended_frame_gen(klass, frame_gen, *, limit=None,
                                         lookup_lines=True, capture_locals=False):
        if limit is None:
            limit = getattr(sys, 'tracebacklimit', None)
            if limit is not None and limit < 0:
                limit = 0
        entries = []
        for item in frame_gen:
            if limit is not None and limit >= 0 and len(entries) >= limit:
                break
            entries.append(item)
        if limit is not None and limit < 0:
            entries = entries[limit:]
        result = klass()
        for f, (lineno, end_lineno, colno, end_colno) in entries:
            code = f.f_code
            result.append(FrameSummary(
                code.co_filename, lineno, code.co_name, lookup_line=False,
                locals=f.f_locals if capture_locals else None,
                end_lineno=end_lineno, colno=colno, end_colno=end_colno))
        if lookup_lines:
            for summary in result:
                summary.line
        return result

    @classmethod
    def from_list(klass, a_list):
        """From FrameSummary objects or (filename, lineno, name, line) tuples."""
        result = StackSummary()
        for frame in a_list:
            if isinstance(frame, FrameSummary):
                result.append(frame)
            else:
                filename, lineno, name, line = frame
                result.append(FrameSummary(filename, lineno, name, line=line))
        return result

    def format_frame_summary(self, frame_summary):
        """The text of one entry: the File line, the source line and its position markers."""
        row = ['  File "{}", line {}, in {}\n'.format(
            frame_summary.filename, frame_summary.lineno, frame_summary.name)]
        if frame_summary.line:
            row.append('    {}\n'.format(frame_summary.line.strip()))
            if frame_summary.colno is not None and frame_summary.end_colno is not None:
                markers = _traceback.marker_row(
                    frame_summary._original_line.rstrip('\n'), frame_summary.lineno,
                    frame_summary.end_lineno, frame_summary.colno, frame_summary.end_colno)
                if markers is not None:
                    row.append(markers)
        if frame_summary.locals:
            for name, value in sorted(frame_summary.locals.items()):
                row.append('    {name} = {value}\n'.format(name=name, value=value))
        return ''.join(row)

    def format(self):
        """One string per entry, with runs of the same entry beyond three summarised."""
        result = []
        last = None
        count = 0

        def repeated_line(count):
            count -= _RECURSIVE_CUTOFF
            return f'  [Previous line repeated {count} more time{"s" if count > 1 else ""}]\n'

        for summary in self:
            text = self.format_frame_summary(summary)
            if text is None:
                continue
            key = (summary.filename, summary.lineno, summary.name)
            if last is None or key != last:
                if count > _RECURSIVE_CUTOFF:
                    result.append(repeated_line(count))
                last = key
                count = 0
            count += 1
            if count <= _RECURSIVE_CUTOFF:
                result.append(text)
        if count > _RECURSIVE_CUTOFF:
            result.append(repeated_line(count))
        return result


# ---------------------------------------------------------------- exceptions

class _Sentinel:
    def __repr__(self):
        return "<implicit>"

_sentinel = _Sentinel()


def _parse_value_tb(exc, value, tb):
    if (value is _sentinel) != (tb is _sentinel):
        raise ValueError("Both or neither of value and tb must be given")
    if value is tb is _sentinel:
        if exc is not None:
            if isinstance(exc, BaseException):
                return exc, exc.__traceback__
            raise TypeError(f'Exception expected for value, '
                            f'{type(exc).__name__} found')
        return None, None
    return value, tb


def print_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                    file=None, chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    te.print(file=file, chain=chain)


def format_exception(exc, /, value=_sentinel, tb=_sentinel, limit=None,
                     chain=True):
    value, tb = _parse_value_tb(exc, value, tb)
    te = TracebackException(type(value), value, tb, limit=limit, compact=True)
    return list(te.format(chain=chain))


def format_exception_only(exc, /, value=_sentinel):
    if value is _sentinel:
        value = exc
    te = TracebackException(type(value), value, None, compact=True)
    return list(te.format_exception_only())


def _format_final_exc_line(etype, value):
    valuestr = _safe_string(value, 'exception')
    if value is None or not valuestr:
        return "%s\n" % etype
    return "%s: %s\n" % (etype, valuestr)


def _safe_string(value, what, func=str):
    try:
        return func(value)
    except:
        return f'<{what} {func.__name__}() failed>'


def print_exc(limit=None, file=None, chain=True):
    print_exception(*sys.exc_info(), limit=limit, file=file, chain=chain)


def format_exc(limit=None, chain=True):
    return "".join(format_exception(*sys.exc_info(), limit=limit, chain=chain))


def print_last(limit=None, file=None, chain=True):
    if not hasattr(sys, "last_type"):
        raise ValueError("no last exception")
    print_exception(sys.last_type, sys.last_value, sys.last_traceback,
                    limit, file, chain)


def _is_sequence(obj):
    # collections.abc.Sequence, without importing collections for every traceback
    if isinstance(obj, (list, tuple, str, range)):
        return True
    try:
        from collections.abc import Sequence
    except ImportError:
        return False
    return isinstance(obj, Sequence)


class _PrintContext:
    """Indentation state while printing nested exception groups."""

    def __init__(self):
        self.group_depth = 0
        self.need_close = False

    def indent(self):
        return ' ' * (2 * self.group_depth)

    def emit(self, texts, margin_char=None):
        if isinstance(texts, str):
            texts = [texts]
        prefix = self.indent()
        if self.group_depth:
            prefix += (margin_char or '|') + ' '
        for text in texts:
            if prefix:
                text = ''.join(prefix + line for line in text.splitlines(True))
            yield text


class TracebackException:
    """An exception captured for printing later: its type, str(), stack, notes and the
    TracebackExceptions of its __cause__ and __context__ (and, for a group, its members)."""

    def __init__(self, exc_type, exc_value, exc_traceback, *, limit=None,
                 lookup_lines=True, capture_locals=False, compact=False,
                 max_group_width=15, max_group_depth=10, _seen=None):
        top_level = _seen is None
        if _seen is None:
            _seen = set()
        _seen.add(id(exc_value))
        self.max_group_width = max_group_width
        self.max_group_depth = max_group_depth
        self.stack = StackSummary._extract_from_extended_frame_gen(
            _walk_tb_with_full_positions(exc_traceback), limit=limit,
            lookup_lines=lookup_lines, capture_locals=capture_locals)
        self.exc_type = exc_type
        self._str = _safe_string(exc_value, 'exception')
        self.__notes__ = getattr(exc_value, '__notes__', None)
        if exc_type and issubclass(exc_type, SyntaxError):
            self.filename = exc_value.filename
            lno = exc_value.lineno
            self.lineno = str(lno) if lno is not None else None
            end_lno = exc_value.end_lineno
            self.end_lineno = str(end_lno) if end_lno is not None else None
            self.text = exc_value.text
            self.offset = exc_value.offset
            self.end_offset = exc_value.end_offset
            self.msg = exc_value.msg
        self.__suppress_context__ = (
            exc_value.__suppress_context__ if exc_value is not None else False)
        self.__cause__ = None
        self.__context__ = None
        self.exceptions = None
        if not top_level:
            return
        # the chain is walked with a work list, not recursion, as deep chains are possible
        options = dict(limit=limit, lookup_lines=lookup_lines,
                       capture_locals=capture_locals, max_group_width=max_group_width,
                       max_group_depth=max_group_depth, _seen=_seen)
        work = [(self, exc_value)]
        while work:
            te, e = work.pop()
            cause = None
            if e and e.__cause__ is not None and id(e.__cause__) not in _seen:
                c = e.__cause__
                cause = TracebackException(type(c), c, c.__traceback__, **options)
            if compact:
                need_context = cause is None and e is not None and not e.__suppress_context__
            else:
                need_context = True
            context = None
            if (e and e.__context__ is not None and need_context
                    and id(e.__context__) not in _seen):
                c = e.__context__
                context = TracebackException(type(c), c, c.__traceback__, **options)
            members = None
            if e and isinstance(e, BaseExceptionGroup):
                members = [TracebackException(type(m), m, m.__traceback__, **options)
                           for m in e.exceptions]
            te.__cause__ = cause
            te.__context__ = context
            te.exceptions = members
            if cause:
                work.append((cause, e.__cause__))
            if context:
                work.append((context, e.__context__))
            if members:
                work.extend(zip(members, e.exceptions))

    @classmethod
    def from_exception(cls, exc, *args, **kwargs):
        return cls(type(exc), exc, exc.__traceback__, *args, **kwargs)

    def __eq__(self, other):
        if isinstance(other, TracebackException):
            return self.__dict__ == other.__dict__
        return NotImplemented

    def __str__(self):
        return self._str

    def format_exception_only(self):
        """The final lines: 'Type: message' (with a SyntaxError's location first), then the notes."""
        if self.exc_type is None:
            yield _format_final_exc_line(None, self._str)
            return
        stype = self.exc_type.__qualname__
        smod = self.exc_type.__module__
        if smod not in ("__main__", "builtins"):
            if not isinstance(smod, str):
                smod = "<unknown>"
            stype = smod + '.' + stype
        if not issubclass(self.exc_type, SyntaxError):
            yield _format_final_exc_line(stype, self._str)
        else:
            yield from self._format_syntax_error(stype)
        notes = self.__notes__
        if _is_sequence(notes):
            for note in notes:
                note = _safe_string(note, 'note')
                for piece in note.split('\n'):
                    yield piece + '\n'
        elif notes is not None:
            yield _safe_string(notes, '__notes__', func=repr)

    def _format_syntax_error(self, stype):
        """The location lines of a SyntaxError: file and line, the text, the markers."""
        filename_suffix = ''
        if self.lineno is not None:
            yield '  File "{}", line {}\n'.format(self.filename or "<string>", self.lineno)
        elif self.filename is not None:
            filename_suffix = ' ({})'.format(self.filename)
        text = self.text
        if text is not None:
            rtext = text.rstrip('\n')
            ltext = rtext.lstrip(' \n\f')
            spaces = len(rtext) - len(ltext)
            yield '    {}\n'.format(ltext)
            if self.offset is not None:
                offset = self.offset
                end_offset = self.end_offset if self.end_offset not in {None, 0} else offset
                if offset == end_offset or end_offset == -1:
                    end_offset = offset + 1
                colno = offset - 1 - spaces
                end_colno = end_offset - 1 - spaces
                if colno >= 0:
                    # tabs and other whitespace are kept so that the markers line up
                    lead = ''.join(c if c.isspace() else ' ' for c in ltext[:colno])
                    yield '    {}{}'.format(lead, '^' * (end_colno - colno) + "\n")
        msg = self.msg or "<no detail available>"
        yield "{}: {}{}\n".format(stype, msg, filename_suffix)

    def format(self, *, chain=True, _ctx=None):
        """The whole text, one string per piece: the chain oldest first, each with its stack."""
        if _ctx is None:
            _ctx = _PrintContext()
        output = []
        exc = self
        if chain:
            while exc:
                if exc.__cause__ is not None:
                    output.append((_cause_message, exc))
                    exc = exc.__cause__
                elif exc.__context__ is not None and not exc.__suppress_context__:
                    output.append((_context_message, exc))
                    exc = exc.__context__
                else:
                    output.append((None, exc))
                    exc = None
        else:
            output.append((None, exc))
        # each message introduces the exception it is paired with (printed after the older one)
        for msg, exc in reversed(output):
            if msg is not None:
                yield from _ctx.emit(msg)
            yield from exc._format_one(chain, _ctx, self)

    def _format_one(self, chain, _ctx, top):
        if self.exceptions is None:
            if self.stack:
                yield from _ctx.emit('Traceback (most recent call last):\n')
                yield from _ctx.emit(self.stack.format())
            yield from _ctx.emit(self.format_exception_only())
            return
        if _ctx.group_depth > top.max_group_depth:
            yield from _ctx.emit(f"... (max_group_depth is {top.max_group_depth})\n")
            return
        is_toplevel = _ctx.group_depth == 0
        if is_toplevel:
            _ctx.group_depth += 1
        if self.stack:
            yield from _ctx.emit('Exception Group Traceback (most recent call last):\n',
                                 margin_char='+' if is_toplevel else None)
            yield from _ctx.emit(self.stack.format())
        yield from _ctx.emit(self.format_exception_only())
        count = len(self.exceptions)
        shown = count if count <= top.max_group_width else top.max_group_width + 1
        _ctx.need_close = False
        for i in range(shown):
            last = i == shown - 1
            if last:
                _ctx.need_close = True
            truncated = i >= top.max_group_width
            title = f'{i + 1}' if not truncated else '...'
            yield (_ctx.indent() + ('+-' if i == 0 else '  ') +
                   f'+---------------- {title} ----------------\n')
            _ctx.group_depth += 1
            if not truncated:
                yield from self.exceptions[i].format(chain=chain, _ctx=_ctx)
            else:
                remaining = count - top.max_group_width
                yield from _ctx.emit(
                    f"and {remaining} more exception{'s' if remaining > 1 else ''}\n")
            if last and _ctx.need_close:
                yield _ctx.indent() + "+------------------------------------\n"
                _ctx.need_close = False
            _ctx.group_depth -= 1
        if is_toplevel:
            _ctx.group_depth = 0

    def print(self, *, file=None, chain=True):
        if file is None:
            file = sys.stderr
        for line in self.format(chain=chain):
            print(line, file=file, end="")
