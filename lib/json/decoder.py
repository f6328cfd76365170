"""JSON decoding (json.decoder): a recursive-descent reader with the error messages and
positions of CPython's C scanner ("Expecting value: line 1 column 1 (char 0)")."""

import re

try:
    from _pyheap_json import scan as _c_scan
except ImportError:
    _c_scan = None

__all__ = ["JSONDecoder", "JSONDecodeError"]

NaN = float("nan")
PosInf = float("inf")
NegInf = float("-inf")


class JSONDecodeError(ValueError):
    """Subclass of ValueError with: msg, doc (the text), pos (index in doc), lineno, colno."""

    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        errmsg = "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos)
        ValueError.__init__(self, errmsg)
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno

    def __reduce__(self):
        return self.__class__, (self.msg, self.doc, self.pos)


JSONDecodeError.__module__ = "json.decoder"

_CONSTANTS = {"-Infinity": NegInf, "Infinity": PosInf, "NaN": NaN}
_WS = " \t\n\r"
_WHITESPACE = re.compile(r"[ \t\n\r]*")
_CHUNK = re.compile(r'([^"\\\x00-\x1f]*)(["\\\x00-\x1f])')
_NUMBER = re.compile(r"(-?(?:0|[1-9][0-9]*))(\.[0-9]+)?([eE][-+]?[0-9]+)?")
_BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
_HEX = frozenset("0123456789abcdefABCDEF")


def _hex4(s, pos):
    """the value of the 4 hex digits after s[pos] == 'u'"""
    esc = s[pos + 1:pos + 5]
    if len(esc) == 4 and all(c in _HEX for c in esc):
        return int(esc, 16)
    raise JSONDecodeError("Invalid \\uXXXX escape", s, pos)


def scanstring(s, end, strict=True):
    """Decode the JSON string whose body starts at s[end] (after the opening quote).
    Returns (text, index after the closing quote)."""
    chunks = []
    begin = end - 1
    match = _CHUNK.match
    while True:
        m = match(s, end)
        if m is None:
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        content, terminator = m.groups()
        end = m.end()
        if content:
            chunks.append(content)
        if terminator == '"':
            break
        if terminator != "\\":
            if strict:
                raise JSONDecodeError("Invalid control character at", s, end - 1)
            chunks.append(terminator)
            continue
        if end >= len(s):
            raise JSONDecodeError("Unterminated string starting at", s, begin)
        esc = s[end]
        if esc != "u":
            char = _BACKSLASH.get(esc)
            if char is None:
                raise JSONDecodeError("Invalid \\escape", s, end - 1)
            end += 1
        else:
            code = _hex4(s, end)
            end += 5
            if 0xD800 <= code <= 0xDBFF and s[end:end + 2] == "\\u":
                low = _hex4(s, end + 1)
                if 0xDC00 <= low <= 0xDFFF:
                    code = 0x10000 + (((code - 0xD800) << 10) | (low - 0xDC00))
                    end += 6
            char = chr(code)
        chunks.append(char)
    return "".join(chunks), end


class _Scanner:
    """One decode's settings; value(s, idx) reads the value at idx, returning (value, end)."""

    def __init__(self, context):
        self.strict = context.strict
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def skip(self, s, end):
        n = len(s)
        while end < n and s[end] in _WS:
            end += 1
        return end

    def value(self, s, idx):
        """raises StopIteration(idx) when no value starts at idx"""
        try:
            c = s[idx]
        except IndexError:
            raise StopIteration(idx) from None
        if c == '"':
            return scanstring(s, idx + 1, self.strict)
        if c == "{":
            return self.object(s, idx + 1)
        if c == "[":
            return self.array(s, idx + 1)
        if c == "n" and s[idx:idx + 4] == "null":
            return None, idx + 4
        if c == "t" and s[idx:idx + 4] == "true":
            return True, idx + 4
        if c == "f" and s[idx:idx + 5] == "false":
            return False, idx + 5
        m = _NUMBER.match(s, idx)
        if m is not None:
            integer, frac, exp = m.groups()
            if frac or exp:
                return self.parse_float(integer + (frac or "") + (exp or "")), m.end()
            return self.parse_int(integer), m.end()
        if c == "N" and s[idx:idx + 3] == "NaN":
            return self.parse_constant("NaN"), idx + 3
        if c == "I" and s[idx:idx + 8] == "Infinity":
            return self.parse_constant("Infinity"), idx + 8
        if c == "-" and s[idx:idx + 9] == "-Infinity":
            return self.parse_constant("-Infinity"), idx + 9
        raise StopIteration(idx)

    def _item(self, s, end):
        try:
            return self.value(s, end)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None

    def object(self, s, end):
        pairs = []
        end = self.skip(s, end)
        nextchar = s[end:end + 1]
        if nextchar != '"':
            if nextchar == "}":
                return self._finish_object(pairs), end + 1
            raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end)
        end += 1
        memo = self.memo
        while True:
            key, end = scanstring(s, end, self.strict)
            key = memo.setdefault(key, key)
            end = self.skip(s, end)
            if s[end:end + 1] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, end)
            end = self.skip(s, end + 1)
            value, end = self._item(s, end)
            pairs.append((key, value))
            end = self.skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "}":
                break
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = self.skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar != '"':
                raise JSONDecodeError("Expecting property name enclosed in double quotes", s, end - 1)
        return self._finish_object(pairs), end

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            result = self.object_hook(result)
        return result

    def array(self, s, end):
        values = []
        end = self.skip(s, end)
        if s[end:end + 1] == "]":
            return values, end + 1
        while True:
            value, end = self._item(s, end)
            values.append(value)
            end = self.skip(s, end)
            nextchar = s[end:end + 1]
            end += 1
            if nextchar == "]":
                break
            if nextchar != ",":
                raise JSONDecodeError("Expecting ',' delimiter", s, end - 1)
            end = self.skip(s, end)
        return values, end


class JSONDecoder:
    """Simple JSON <https://json.org> decoder: objects become dicts, arrays lists, strings str,
    numbers int or float, true/false/null True/False/None (and NaN, Infinity, -Infinity floats)."""

    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None, parse_constant=None,
                 strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant or _CONSTANTS.__getitem__
        self.strict = strict
        self.object_pairs_hook = object_pairs_hook
        self.memo = {}

    def decode(self, s, _w=None):
        """Return the Python representation of the JSON document s (a str)."""
        start = _skip_ws(s, 0)
        obj, end = self.raw_decode(s, start)
        end = _skip_ws(s, end)
        if end != len(s):
            raise JSONDecodeError("Extra data", s, end)
        return obj

    def raw_decode(self, s, idx=0):
        """Decode a JSON document at the start of s[idx:]; return (object, index where it ended)."""
        if _c_scan is not None and type(s) is str:
            return _c_scan(s, idx, self.strict, self.object_hook, self.object_pairs_hook,
                           None if self.parse_float is float else self.parse_float,
                           None if self.parse_int is int else self.parse_int,
                           None if self.parse_constant == _CONSTANTS.__getitem__ else self.parse_constant,
                           JSONDecodeError)
        try:
            return _Scanner(self).value(s, idx)
        except StopIteration as err:
            raise JSONDecodeError("Expecting value", s, err.value) from None


def _skip_ws(s, end):
    n = len(s)
    while end < n and s[end] in _WS:
        end += 1
    return end
