"""Conversion between Python values and C structs represented as bytes (the `struct` module).

A format is an optional byte-order character ('@' native with alignment, '=' native order
without, '<' little-endian, '>' and '!' big-endian) and items "<count><code>". Integers are
packed with int.to_bytes, floats by _pyheap_floatpack; errors are CPython 3.11's struct.error
messages (which vary by code and byte order, as below)."""

import _pyheap_floatpack as _fp
import sys as _sys

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct", "error"]


class error(Exception):
    pass


error.__module__ = "struct"

# code -> (native size, standard size or None when native-only, kind)
_CODES = {
    "x": (1, 1, "pad"), "c": (1, 1, "char"), "b": (1, 1, "int"), "B": (1, 1, "uint"),
    "?": (1, 1, "bool"), "h": (2, 2, "int"), "H": (2, 2, "uint"), "i": (4, 4, "int"),
    "I": (4, 4, "uint"), "l": (8, 4, "int"), "L": (8, 4, "uint"), "q": (8, 8, "int"),
    "Q": (8, 8, "uint"), "n": (8, None, "int"), "N": (8, None, "uint"), "P": (8, None, "ptr"),
    "e": (2, 2, "float"), "f": (4, 4, "float"), "d": (8, 8, "float"), "s": (1, 1, "str"),
    "p": (1, 1, "pascal"),
}
_NAMED = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}


def _parse(fmt):
    """(native?, little-endian?, [(code, count, offset, size)], total size)"""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("latin-1")
    elif not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s" % type(fmt).__name__)
    native = True
    little = _sys.byteorder == "little"
    i = 0
    if fmt and fmt[0] in "@=<>!":
        c = fmt[0]
        i = 1
        if c != "@":
            native = False
            if c == "<":
                little = True
            elif c in ">!":
                little = False
    items = []
    offset = 0
    n = len(fmt)
    while i < n:
        c = fmt[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if "0" <= c <= "9":
            j = i
            while j < n and "0" <= fmt[j] <= "9":
                j += 1
            count = int(fmt[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = fmt[i]
        i += 1
        spec = _CODES.get(c)
        if spec is None or (not native and spec[1] is None):
            raise error("bad char in struct format")
        size = spec[0] if native else spec[1]
        if native and spec[2] not in ("pad", "char", "bool", "str", "pascal"):
            offset = (offset + size - 1) // size * size
        if count is None:
            count = 1
        if c in "sp":
            items.append((c, count, offset, count))
            offset += count
        elif c == "x":
            offset += count
        else:
            for _ in range(count):
                items.append((c, 1, offset, size))
                offset += size
    return native, little, items, offset


def _range_error(c, size, native, little, value):
    if c in _NAMED:
        lo, hi = (0, 2 ** (8 * size) - 1) if c.isupper() else (-2 ** (8 * size - 1), 2 ** (8 * size - 1) - 1)
        return error("%s format requires %d <= number <= %d" % (_NAMED[c], lo, hi))
    if c == "P":
        return error("int too large to convert")
    if size == 8 and c in "qQ" and not native and not little:
        return error("int too large to convert")
    if size == 4:
        if c == "I" or c == "L":
            if value < 0:
                return error("argument out of range")
            return error("'%s' format requires 0 <= number <= 4294967295" % c)
        return error("'%s' format requires -2147483648 <= number <= 2147483647" % c)
    return error("argument out of range")


def _pack_item(c, size, value, native, little):
    kind = _CODES[c][2]
    if kind in ("int", "uint", "ptr"):
        if isinstance(value, int):
            v = int(value)
        else:
            try:
                v = value.__index__()
            except AttributeError:
                raise error("required argument is not an integer") from None
        if kind == "ptr":
            if not -2 ** 63 <= v < 2 ** 64:
                raise _range_error(c, size, native, little, v)
            v &= 2 ** 64 - 1
        elif kind == "int":
            if not -2 ** (8 * size - 1) <= v < 2 ** (8 * size - 1):
                raise _range_error(c, size, native, little, v)
            v &= 2 ** (8 * size) - 1
        elif not 0 <= v < 2 ** (8 * size):
            raise _range_error(c, size, native, little, v)
        return v.to_bytes(size, "little" if little else "big")
    if kind == "float":
        if not isinstance(value, (int, float)):
            try:
                value = value.__float__()
            except AttributeError:
                raise error("required argument is not a float") from None
        return _fp.pack(float(value), size, little, not native or size == 2)
    if kind == "bool":
        return b"\x01" if value else b"\x00"
    if kind == "char":
        if not isinstance(value, (bytes, bytearray)) or len(value) != 1:
            raise error("char format requires a bytes object of length 1")
        return bytes(value)
    raise AssertionError(c)


class Struct:
    """Struct(fmt) --> compiled struct object: format, size, pack, unpack, ..."""

    def __init__(self, format):
        self._native, self._little, self._items, self.size = _parse(format)
        self.format = format.decode("latin-1") if isinstance(format, bytes) else format
        self._nargs = len(self._items)

    def __repr__(self):
        return "Struct(%r)" % self.format

    def _build(self, values):
        if len(values) != self._nargs:
            raise error("pack expected %d items for packing (got %d)" % (self._nargs, len(values)))
        out = bytearray(self.size)
        native, little = self._native, self._little
        for (c, count, offset, size), value in zip(self._items, values):
            if c == "s" or c == "p":
                if not isinstance(value, (bytes, bytearray)):
                    raise error("argument for '%s' must be a bytes object" % c)
                if c == "s":
                    data = bytes(value[:count])
                    out[offset:offset + len(data)] = data
                elif count > 0:
                    data = bytes(value[:min(count - 1, 255)])
                    out[offset] = len(data)
                    out[offset + 1:offset + 1 + len(data)] = data
            else:
                out[offset:offset + size] = _pack_item(c, size, value, native, little)
        return out

    def pack(self, *values):
        return bytes(self._build(values))

    def pack_into(self, buffer, offset, *values):
        data = self._build(values)
        n = len(buffer)
        if offset < 0:
            if offset + self.size > 0:
                raise error("no space to pack %d bytes at offset %d" % (self.size, offset))
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, n))
        buffer[offset:offset + self.size] = data

    def _read(self, data, start):
        out = []
        little = self._little
        order = "little" if little else "big"
        for c, count, offset, size in self._items:
            at = start + offset
            chunk = data[at:at + size]
            if c == "s":
                out.append(bytes(chunk))
            elif c == "p":
                n = data[at] if count else 0
                out.append(bytes(data[at + 1:at + 1 + min(n, count - 1)]))
            elif c == "c":
                out.append(bytes(chunk))
            elif c == "?":
                out.append(chunk != b"\x00")
            elif c in "efd":
                out.append(_fp.unpack(bytes(chunk), size, little))
            else:
                out.append(int.from_bytes(chunk, order, signed=_CODES[c][2] == "int"))
        return tuple(out)

    def unpack(self, buffer):
        data = _bytes_of(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return self._read(data, 0)

    def unpack_from(self, buffer, offset=0):
        data = _bytes_of(buffer)
        n = len(data)
        if offset < 0:
            if offset + n < 0:
                raise error("offset %d out of range for %d-byte buffer" % (offset, n))
            offset += n
        if n - offset < self.size:
            raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d "
                        "(actual buffer size is %d)" % (self.size + offset, self.size, offset, n))
        return self._read(data, offset)

    def iter_unpack(self, buffer):
        data = _bytes_of(buffer)
        if self.size == 0:
            raise error("cannot iteratively unpack with a struct of length 0")
        if len(data) % self.size:
            raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % self.size)
        return _Unpacker(self, data)


class _Unpacker:
    def __init__(self, s, data):
        self._s = s
        self._data = data
        self._pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self._pos >= len(self._data):
            raise StopIteration
        item = self._s._read(self._data, self._pos)
        self._pos += self._s.size
        return item

    def __length_hint__(self):
        return (len(self._data) - self._pos) // self._s.size


def _bytes_of(buffer):
    if isinstance(buffer, (bytes, bytearray)):
        return buffer
    if isinstance(buffer, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(buffer)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(buffer).__name__) from None


Struct.__module__ = "_struct"

_cache = {}


def _struct(fmt):
    try:
        return _cache[fmt]
    except KeyError:
        s = _cache[fmt] = Struct(fmt)
        if len(_cache) > 100:
            _cache.clear()
            _cache[fmt] = s
        return s
    except TypeError:
        return Struct(fmt)


def calcsize(format):
    """Return size in bytes of the struct described by the format string."""
    return _struct(format).size


def pack(format, *values):
    """Return a bytes object containing the values packed according to the format."""
    return _struct(format).pack(*values)


def pack_into(format, buffer, offset, *values):
    """Pack the values according to the format into the writable buffer at offset."""
    _struct(format).pack_into(buffer, offset, *values)


def unpack(format, buffer):
    """Unpack the buffer, which must hold exactly calcsize(format) bytes, into a tuple."""
    return _struct(format).unpack(buffer)


def unpack_from(format, buffer, offset=0):
    """Unpack from the buffer starting at offset."""
    return _struct(format).unpack_from(buffer, offset)


def iter_unpack(format, buffer):
    """Return an iterator unpacking the buffer in steps of calcsize(format)."""
    return _struct(format).iter_unpack(buffer)


def _clearcache():
    _cache.clear()
