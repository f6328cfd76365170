"""Regular expressions with Python's syntax (the `re` module of CPython 3.11).

Patterns are parsed and checked by the `_jsre` engine (src/modules/jsre.ts), which translates
them into JavaScript regular expressions and runs them; this module holds the Python objects:
Pattern, Match, the flags, re.error, and what is built from single matches (findall, finditer,
sub, split).

Repeated searches follow CPython's rule for empty matches: after an empty match at position p
the next match may start at p only if it is not empty (`_jsre.exec` mode 3).
"""

import _jsre
import sys as _sys

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split",
    "findall", "finditer", "compile", "purge", "template", "escape",
    "error", "Pattern", "Match", "A", "I", "L", "M", "S", "X", "U",
    "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(int):
    """An int whose repr names the flags it holds, as re.IGNORECASE|re.MULTILINE."""

    _names = ()  # filled below: (value, name) in CPython's order

    def __repr__(self):
        value = int(self)
        if value < 0:
            return "~" + repr(RegexFlag(~value))
        parts = []
        for bit, name in RegexFlag._names:
            if value & bit:
                parts.append("re." + name)
                value &= ~bit
        if value or not parts:
            parts.append(hex(value) if parts else "re.NOFLAG" if value == 0 else hex(value))
        return "|".join(parts)

    __str__ = __repr__

    def __or__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) | int(other))
        return NotImplemented

    __ror__ = __or__

    def __and__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) & int(other))
        return NotImplemented

    __rand__ = __and__

    def __xor__(self, other):
        if isinstance(other, int):
            return RegexFlag(int(self) ^ int(other))
        return NotImplemented

    __rxor__ = __xor__

    def __invert__(self):
        return RegexFlag(~int(self))

    @property
    def name(self):
        for bit, name in RegexFlag._names:
            if bit == int(self):
                return name
        return None

    @property
    def value(self):
        return int(self)


NOFLAG = RegexFlag(0)
TEMPLATE = T = RegexFlag(1)
IGNORECASE = I = RegexFlag(2)
LOCALE = L = RegexFlag(4)
MULTILINE = M = RegexFlag(8)
DOTALL = S = RegexFlag(16)
UNICODE = U = RegexFlag(32)
VERBOSE = X = RegexFlag(64)
DEBUG = RegexFlag(128)
ASCII = A = RegexFlag(256)
RegexFlag._names = (
    (2, "IGNORECASE"), (4, "LOCALE"), (8, "MULTILINE"), (16, "DOTALL"), (32, "UNICODE"),
    (64, "VERBOSE"), (128, "DEBUG"), (256, "ASCII"), (1, "TEMPLATE"),
)


class error(Exception):
    """Raised for an invalid regular expression or replacement template.

    msg: the message; pattern: the pattern; pos: where in it (or None);
    lineno, colno: that position as a line and column."""

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


error.__module__ = "re"
PatternError = error

_MAXSIZE = _sys.maxsize


def _text_of(obj):
    """(text as str, is_bytes) for a str or bytes-like subject"""
    if isinstance(obj, str):
        return obj, False
    if isinstance(obj, (bytes, bytearray)):
        return bytes(obj).decode("latin-1"), True
    raise TypeError("expected string or bytes-like object, got %r" % type(obj).__name__)


def _clamp(pos, endpos, n):
    if pos < 0:
        pos = 0
    elif pos > n:
        pos = n
    if endpos < 0:
        endpos = 0
    elif endpos > n:
        endpos = n
    return pos, endpos


class Pattern:
    """A compiled regular expression (re.compile's result)."""

    __slots__ = ("pattern", "flags", "groups", "_groupindex", "_program", "_isbytes", "_parents",
                 "__weakref__")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    @property
    def groupindex(self):
        return dict(self._groupindex)

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if flags & (L | U | A) == U:
            flags &= ~U
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def __reduce__(self):
        return (_compile, (self.pattern, self.flags))

    def _subject(self, string):
        text, isbytes = _text_of(string)
        if isbytes != self._isbytes:
            if self._isbytes:
                raise TypeError("cannot use a bytes pattern on a string-like object")
            raise TypeError("cannot use a string pattern on a bytes-like object")
        return text

    def _run(self, string, pos, endpos, mode):
        text = self._subject(string)
        pos, endpos = _clamp(pos, endpos, len(text))
        if pos > endpos:
            return None
        spans = _jsre.exec(self._program, text, pos, endpos, mode)
        if spans is None:
            return None
        return _make_match(self, string, text, pos, endpos, spans)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 1)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 0)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        return self._run(string, pos, endpos, 2)

    def _spans(self, text, pos, endpos):
        """each match's spans, left to right, with CPython's rule for empty matches"""
        pos, endpos = _clamp(pos, endpos, len(text))
        mode = 0
        program = self._program
        while pos <= endpos:
            spans = _jsre.exec(program, text, pos, endpos, mode)
            if spans is None:
                return
            yield spans
            pos = spans[1]
            mode = 3 if spans[0] == spans[1] else 0

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        text = self._subject(string)
        first, last = _clamp(pos, endpos, len(text))
        for spans in self._spans(text, pos, endpos):
            yield _make_match(self, string, text, first, last, spans)

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        text = self._subject(string)
        out = []
        groups = self.groups
        isbytes = self._isbytes
        for spans in self._spans(text, pos, endpos):
            if groups == 0:
                item = text[spans[0]:spans[1]]
                out.append(item.encode("latin-1") if isbytes else item)
            else:
                values = []
                for g in range(1, groups + 1):
                    a = spans[2 * g]
                    v = "" if a < 0 else text[a:spans[2 * g + 1]]
                    values.append(v.encode("latin-1") if isbytes else v)
                out.append(values[0] if groups == 1 else tuple(values))
        return out

    def split(self, string, maxsplit=0):
        text = self._subject(string)
        out = []
        last = 0
        count = 0
        isbytes = self._isbytes
        conv = (lambda s: s.encode("latin-1")) if isbytes else (lambda s: s)
        for spans in self._spans(text, 0, _MAXSIZE):
            if maxsplit > 0 and count >= maxsplit:
                break
            out.append(conv(text[last:spans[0]]))
            for g in range(1, self.groups + 1):
                a = spans[2 * g]
                out.append(None if a < 0 else conv(text[a:spans[2 * g + 1]]))
            last = spans[1]
            count += 1
        out.append(conv(text[last:]))
        return out

    def subn(self, repl, string, count=0):
        return self._subx(repl, string, count)

    def sub(self, repl, string, count=0):
        return self._subx(repl, string, count)[0]

    def _subx(self, repl, string, count):
        text = self._subject(string)
        isbytes = self._isbytes
        if callable(repl):
            template = None
        else:
            rtext, rbytes = _text_of(repl)
            template = _template(self, rtext, isbytes) if "\\" in rtext else [rtext]
            if rbytes != isbytes:
                template = repl  # wrong kind: fails at the first replacement, as CPython's join does
        pieces = []
        last = 0
        n = 0
        for spans in self._spans(text, 0, _MAXSIZE):
            if count < 0 or 0 < count <= n:  # a negative count replaces nothing, as in CPython
                break
            if last < spans[0]:
                pieces.append(text[last:spans[0]])
            if template is None:
                value = repl(_make_match(self, string, text, 0, len(text), spans))
                if value is not None:
                    if isbytes:
                        if not isinstance(value, (bytes, bytearray)):
                            raise TypeError("sequence item %d: expected a bytes-like object, %s found"
                                            % (len(pieces), type(value).__name__))
                        value = bytes(value).decode("latin-1")
                    pieces.append(value)
            elif template is repl:
                raise TypeError("sequence item %d: expected %s, %s found" % (
                    len(pieces), "a bytes-like object" if isbytes else "str instance", type(repl).__name__))
            else:
                for part in template:
                    if isinstance(part, int):
                        a = spans[2 * part]
                        if a >= 0:
                            pieces.append(text[a:spans[2 * part + 1]])
                    else:
                        pieces.append(part)
            last = spans[1]
            n += 1
        pieces.append(text[last:])
        result = "".join(pieces)
        if isbytes:
            result = result.encode("latin-1")
            if not isinstance(string, bytes) and n == 0:
                result = bytes(string)
        elif n == 0 and type(string) is str:
            result = string
        return result, n

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        raise NotImplementedError("Pattern.scanner is not provided by pyheap")


class Match:
    """The result of a successful match."""

    __slots__ = ("string", "re", "pos", "endpos", "regs", "_text")

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def _index(self, group):
        if isinstance(group, int) or hasattr(type(group), "__index__") and not isinstance(group, (str, bytes)):
            try:
                i = group.__index__()
            except Exception:
                raise IndexError("no such group") from None
            if 0 <= i <= self.re.groups:
                return i
            raise IndexError("no such group")
        if isinstance(group, str):
            i = self.re._groupindex.get(group)
            if i is not None:
                return i
        raise IndexError("no such group")

    def _get(self, i, default=None):
        a, b = self.regs[i]
        if a < 0:
            return default
        if self._text is None:
            return self.string[a:b]
        return self._text[a:b].encode("latin-1")

    def group(self, *groups):
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        return tuple(self._get(i, default) for i in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        return {name: self._get(i, default) for name, i in self.re._groupindex.items()}

    def start(self, group=0):
        return self.regs[self._index(group)][0]

    def end(self, group=0):
        return self.regs[self._index(group)][1]

    def span(self, group=0):
        return self.regs[self._index(group)]

    def expand(self, template):
        text, isbytes = _text_of(template)
        parts = _template(self.re, text, isbytes)
        out = []
        for part in parts:
            if isinstance(part, int):
                a, b = self.regs[part]
                if a >= 0:
                    out.append(self.string[a:b] if self._text is None else self._text[a:b])
            else:
                out.append(part)
        result = "".join(out)
        return result.encode("latin-1") if isbytes else result

    @property
    def lastindex(self):
        best = None
        parents = self.re._parents
        for i in range(1, self.re.groups + 1):
            a, b = self.regs[i]
            if a < 0:
                continue
            if best is None or b > self.regs[best][1]:
                best = i
            elif b == self.regs[best][1] and not _is_ancestor(parents, best, i):
                best = i
        return best

    @property
    def lastgroup(self):
        i = self.lastindex
        if i is None:
            return None
        for name, j in self.re._groupindex.items():
            if j == i:
                return name
        return None

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (self.regs[0][0], self.regs[0][1], self.group(0))

    def __bool__(self):
        return True

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    __class_getitem__ = classmethod(lambda cls, item: cls)


def _is_ancestor(parents, a, b):
    """is group a an enclosing group of group b?"""
    while b:
        b = parents[b]
        if b == a:
            return True
    return False


def _make_match(pattern, string, text, pos, endpos, spans):
    m = object.__new__(Match)
    m.string = string
    m.re = pattern
    m.pos = pos
    m.endpos = endpos
    m._text = text if pattern._isbytes else None  # a str subject is sliced directly
    m.regs = tuple((spans[k], spans[k + 1]) for k in range(0, len(spans), 2))
    return m


Pattern.__module__ = Match.__module__ = "re"
Pattern.__class_getitem__ = classmethod(lambda cls, item: cls)

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t", "v": "\v", "\\": "\\"}
_OCT = "01234567"
_DIGITS = "0123456789"


def _template(pattern, text, isbytes):
    """A replacement template as a list of str pieces and group numbers (re._parser.parse_template)."""
    source = text
    parts = []
    literal = []
    i = 0
    n = len(text)

    def fail(msg, pos):
        raise error(msg, source.encode("latin-1") if isbytes else source, pos)

    def addgroup(index, pos):
        if index > pattern.groups:
            fail("invalid group reference %d" % index, pos)
        if literal:
            parts.append("".join(literal))
            del literal[:]
        parts.append(index)

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            fail("bad escape (end of pattern)", n - 1)
        start = i
        c = text[i + 1]
        i += 2
        if c == "g":
            if i >= n or text[i] != "<":
                fail("missing <", i)
            i += 1
            close = text.find(">", i)
            if close < 0:
                name = text[i:]
                if not name:
                    fail("missing group name", i)
                fail("missing >, unterminated name", i)
            name = text[i:close]
            if not name:
                fail("missing group name", i)
            i = close + 1
            if name.isidentifier():
                index = pattern._groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name %r" % name)
            else:
                if name.isdecimal() and name.isascii():
                    index = int(name)
                else:
                    fail("bad character in group name %r" % name, i - len(name) - 1)
            addgroup(index, i - len(name) - 1)
        elif c == "0":
            digits = ""
            while len(digits) < 2 and i < n and text[i] in _OCT:
                digits += text[i]
                i += 1
            literal.append(chr(int("0" + digits, 8) & 0xFF))
        elif c in _DIGITS:
            digits = c
            if i < n and text[i] in _DIGITS:
                digits += text[i]
                i += 1
                if c in _OCT and digits[1] in _OCT and i < n and text[i] in _OCT:
                    digits += text[i]
                    i += 1
                    value = int(digits, 8)
                    if value > 0o377:
                        fail("octal escape value \\%s outside of range 0-0o377" % digits, start)
                    literal.append(chr(value))
                    continue
            addgroup(int(digits), start + 1)
        elif c in _ESCAPES:
            literal.append(_ESCAPES[c])
        elif c.isascii() and c.isalpha():
            fail("bad escape \\%s" % c, start)
        else:
            literal.append("\\" + c)
    if literal:
        parts.append("".join(literal))
    return parts


_cache = {}
_MAXCACHE = 512


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, str):
        isbytes = False
        text = pattern
        if flags & LOCALE:
            raise ValueError("cannot use LOCALE flag with a str pattern")
        if flags & ASCII and flags & UNICODE:
            raise ValueError("ASCII and UNICODE flags are incompatible")
    elif isinstance(pattern, (bytes, bytearray)):
        isbytes = True
        text = bytes(pattern).decode("latin-1")
        if flags & UNICODE:
            raise ValueError("cannot use UNICODE flag with a bytes pattern")
        if flags & LOCALE and flags & ASCII:
            raise ValueError("ASCII and LOCALE flags are incompatible")
    else:
        raise TypeError("first argument must be string or compiled pattern")
    result = _jsre.translate(text, flags, isbytes)
    if result[0] is None:
        msg = result[1]
        if msg.startswith("\0OverflowError:"):
            raise OverflowError(msg[15:])
        if result[2] is None:
            raise error(msg)
        raise error(msg, pattern, result[2])
    program, final_flags, groups, names, parents = result
    if not isbytes and not final_flags & ASCII:
        final_flags |= UNICODE
    p = object.__new__(Pattern)
    p.pattern = pattern
    p.flags = int(final_flags)
    p.groups = groups
    p._groupindex = dict(names)
    p._program = program
    p._isbytes = isbytes
    p._parents = parents
    if len(_cache) >= _MAXCACHE:
        del _cache[next(iter(_cache))]
    if type(pattern) is not bytearray:
        _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or None."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the
    pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Like sub, but return a 2-tuple (new_string, number_of_subs_made)."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object"
    return _compile(pattern, flags | TEMPLATE)


_SPECIAL = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_SPECIAL)
    return str(pattern, "latin1").translate(_SPECIAL).encode("latin1")


def _pickle(p):
    return _compile, (p.pattern, p.flags)
