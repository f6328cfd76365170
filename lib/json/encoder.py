"""JSON encoding (json.encoder): Python objects to JSON text, formatted as CPython formats it
(separators, indentation, float repr, \\uXXXX escapes)."""

import re

try:
    from _pyheap_json import encode as _c_encode
except ImportError:
    _c_encode = None

__all__ = ["JSONEncoder"]

INFINITY = float("inf")

_ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
_ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
_ESCAPE_DCT = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}
for _i in range(0x20):
    _ESCAPE_DCT.setdefault(chr(_i), "\\u{0:04x}".format(_i))
del _i


def _replace(m):
    return _ESCAPE_DCT[m.group(0)]


def _replace_ascii(m):
    s = m.group(0)
    try:
        return _ESCAPE_DCT[s]
    except KeyError:
        n = ord(s)
        if n < 0x10000:
            return "\\u{0:04x}".format(n)
        n -= 0x10000
        return "\\u{0:04x}\\u{1:04x}".format(0xD800 | ((n >> 10) & 0x3FF), 0xDC00 | (n & 0x3FF))


def py_encode_basestring(s):
    """The JSON string literal of a str, non-ASCII characters kept."""
    return '"' + _ESCAPE.sub(_replace, s) + '"'


def py_encode_basestring_ascii(s):
    """The JSON string literal of a str, with only ASCII characters (\\uXXXX escapes)."""
    return '"' + _ESCAPE_ASCII.sub(_replace_ascii, s) + '"'


encode_basestring = py_encode_basestring
encode_basestring_ascii = py_encode_basestring_ascii


class JSONEncoder:
    """Extensible JSON encoder: dict, list, tuple, str, int, float, True, False, None; subclasses
    override default(o) to return something serializable for other objects."""

    item_separator = ", "
    key_separator = ": "

    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
                 sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        self.indent = indent
        if separators is not None:
            self.item_separator, self.key_separator = separators
        elif indent is not None:
            self.item_separator = ","
        if default is not None:
            self.default = default

    def default(self, o):
        """Return a serializable object for o, or raise TypeError."""
        raise TypeError(f"Object of type {o.__class__.__name__} is not JSON serializable")

    def encode(self, o):
        """Return a JSON string representation of a Python data structure."""
        if isinstance(o, str):
            return encode_basestring_ascii(o) if self.ensure_ascii else encode_basestring(o)
        if _c_encode is not None and type(self).iterencode is JSONEncoder.iterencode:
            indent = self.indent
            if indent is not None and not isinstance(indent, str):
                indent = " " * indent
            return _c_encode(o, self.skipkeys, self.ensure_ascii, self.check_circular, self.allow_nan,
                             sorted if self.sort_keys else None, indent, self.item_separator,
                             self.key_separator, self.default, indent is None)
        return "".join(self.iterencode(o, _one_shot=True))

    def iterencode(self, o, _one_shot=False):
        """Encode o, yielding its JSON text in pieces."""
        chunks = []
        _Writer(self, _one_shot).value(o, 0, chunks)
        return iter(chunks)


class _Writer:
    """One encode: settings of the encoder, the markers of containers being written."""

    def __init__(self, enc, one_shot):
        indent = enc.indent
        if indent is not None and not isinstance(indent, str):
            indent = " " * indent
        self.indent = indent
        self.enc = enc
        self.markers = {} if enc.check_circular else None
        self.string = encode_basestring_ascii if enc.ensure_ascii else encode_basestring
        self.item_separator = enc.item_separator
        self.key_separator = enc.key_separator
        # CPython's C encoder (no indent) and Python encoder word the NaN error differently
        self.c_style = one_shot and indent is None

    def float(self, o):
        if o != o:
            text = "NaN"
        elif o == INFINITY:
            text = "Infinity"
        elif o == -INFINITY:
            text = "-Infinity"
        else:
            return float.__repr__(o)
        if not self.enc.allow_nan:
            if self.c_style:
                raise ValueError("Out of range float values are not JSON compliant")
            raise ValueError("Out of range float values are not JSON compliant: " + repr(o))
        return text

    def _enter(self, o):
        if self.markers is not None:
            marker = id(o)
            if marker in self.markers:
                raise ValueError("Circular reference detected")
            self.markers[marker] = o
            return marker
        return None

    def _leave(self, marker):
        if marker is not None:
            del self.markers[marker]

    def value(self, o, level, out):
        if isinstance(o, str):
            out.append(self.string(o))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(int.__repr__(o))
        elif isinstance(o, float):
            out.append(self.float(o))
        elif isinstance(o, (list, tuple)):
            self.list(o, level, out)
        elif isinstance(o, dict):
            self.dict(o, level, out)
        else:
            marker = self._enter(o)
            o = self.enc.default(o)
            self.value(o, level, out)
            self._leave(marker)

    def list(self, lst, level, out):
        if not lst:
            out.append("[]")
            return
        marker = self._enter(lst)
        buf = "["
        if self.indent is not None:
            level += 1
            newline_indent = "\n" + self.indent * level
            separator = self.item_separator + newline_indent
            buf += newline_indent
        else:
            newline_indent = None
            separator = self.item_separator
        # the chunks are CPython's: the separator travels with a following scalar
        first = True
        for item in lst:
            if first:
                first = False
            else:
                buf = separator
            text = self.scalar(item)
            if text is not None:
                out.append(buf + text)
            else:
                out.append(buf)
                self.value(item, level, out)
        if newline_indent is not None:
            level -= 1
            out.append("\n" + self.indent * level)
        out.append("]")
        self._leave(marker)

    def scalar(self, o):
        """the JSON text of a str, None, bool, int or float; None for anything else"""
        if isinstance(o, str):
            return self.string(o)
        if o is None:
            return "null"
        if o is True:
            return "true"
        if o is False:
            return "false"
        if isinstance(o, int):
            return int.__repr__(o)
        if isinstance(o, float):
            return self.float(o)
        return None

    def dict(self, dct, level, out):
        if not dct:
            out.append("{}")
            return
        marker = self._enter(dct)
        out.append("{")
        if self.indent is not None:
            level += 1
            newline_indent = "\n" + self.indent * level
            item_separator = self.item_separator + newline_indent
            out.append(newline_indent)
        else:
            newline_indent = None
            item_separator = self.item_separator
        items = sorted(dct.items()) if self.enc.sort_keys else dct.items()
        first = True
        for key, value in items:
            if isinstance(key, str):
                pass
            elif isinstance(key, float):
                key = self.float(key)
            elif key is True:
                key = "true"
            elif key is False:
                key = "false"
            elif key is None:
                key = "null"
            elif isinstance(key, int):
                key = int.__repr__(key)
            elif self.enc.skipkeys:
                continue
            else:
                raise TypeError(f"keys must be str, int, float, bool or None, not {key.__class__.__name__}")
            if not first:
                out.append(item_separator)
            first = False
            out.append(self.string(key))
            out.append(self.key_separator)
            self.value(value, level, out)
        if newline_indent is not None:
            level -= 1
            out.append("\n" + self.indent * level)
        out.append("}")
        self._leave(marker)
