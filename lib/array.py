"""Arrays of numeric values (the `array` module): sequences whose items all have one C type,
given by a typecode. Items are held in a list, checked and converted like CPython's on the way
in; the C buffer CPython would hold is accounted for (its over-allocation follows array_resize),
so sys.getsizeof reports CPython's numbers."""

import _pyheap_floatpack as _fp

__all__ = ["array", "ArrayType", "typecodes"]

typecodes = "bBuhHiIlLqQfd"

# typecode -> (itemsize, low, high, message when too small, message when too large)
_INT = {
    "b": (1, -2 ** 7, 2 ** 7 - 1, "signed char is less than minimum", "signed char is greater than maximum"),
    "B": (1, 0, 2 ** 8 - 1, "unsigned byte integer is less than minimum", "unsigned byte integer is greater than maximum"),
    "h": (2, -2 ** 15, 2 ** 15 - 1, "signed short integer is less than minimum", "signed short integer is greater than maximum"),
    "H": (2, 0, 2 ** 16 - 1, "unsigned short is less than minimum", "unsigned short is greater than maximum"),
    "i": (4, -2 ** 31, 2 ** 31 - 1, "signed integer is less than minimum", "signed integer is greater than maximum"),
    "I": (4, 0, 2 ** 32 - 1, "can't convert negative value to unsigned int", "unsigned int is greater than maximum"),
    "l": (8, -2 ** 63, 2 ** 63 - 1, "Python int too large to convert to C long", "Python int too large to convert to C long"),
    "L": (8, 0, 2 ** 64 - 1, "can't convert negative value to unsigned int", "Python int too large to convert to C unsigned long"),
    "q": (8, -2 ** 63, 2 ** 63 - 1, "int too big to convert", "int too big to convert"),
    "Q": (8, 0, 2 ** 64 - 1, "can't convert negative int to unsigned", "int too big to convert"),
}
_SIZES = {"u": 4, "f": 4, "d": 8}
for _c, _spec in _INT.items():
    _SIZES[_c] = _spec[0]
del _c, _spec

_BASICSIZE = 64  # CPython's array object; the item buffer is added by __sizeof__


def _convert(typecode, value):
    """value as stored by an array of this typecode, or the exception CPython raises"""
    spec = _INT.get(typecode)
    if spec is not None:
        if not isinstance(value, int):
            try:
                value = value.__index__()
            except AttributeError:
                raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__) from None
        value = int(value)
        if value < spec[1]:
            raise OverflowError(spec[3])
        if value > spec[2]:
            raise OverflowError(spec[4])
        return value
    if typecode == "u":
        if not isinstance(value, str) or len(value) != 1:
            raise TypeError("array item must be unicode character")
        return value
    if not isinstance(value, (int, float)):
        try:
            value = value.__float__()
        except AttributeError:
            raise TypeError("must be real number, not %s" % type(value).__name__) from None
    value = float(value)
    if typecode == "f":
        value = _fp.unpack(_fp.pack(value, 4, True, False), 4, True)
    return value


class array:
    """array(typecode [, initializer]) -> array: an array of items of one C type."""

    __slots__ = ("_typecode", "_items", "_allocated", "__weakref__")

    def __hash__(self):
        raise TypeError("unhashable type: 'array.array'")

    def __new__(cls, typecode, initializer=None, /):
        if not isinstance(typecode, str) or len(typecode) != 1:
            raise TypeError("array() argument 1 must be a unicode character, not %s" % type(typecode).__name__)
        if typecode not in _SIZES:
            raise ValueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)")
        self = object.__new__(cls)
        self._typecode = typecode
        self._items = []
        self._allocated = 0
        if initializer is None:
            return self
        if isinstance(initializer, str) and typecode != "u":
            raise TypeError("cannot use a str to initialize an array with typecode '%s'" % typecode)
        if isinstance(initializer, (list, tuple)) or (isinstance(initializer, str) and typecode == "u"):
            items = [_convert(typecode, v) for v in initializer]
            self._items = items
            self._allocated = len(items)
        elif isinstance(initializer, array) and initializer._typecode == typecode:
            self._items = list(initializer._items)
            self._allocated = len(self._items)
        elif isinstance(initializer, (bytes, bytearray)):
            self.frombytes(initializer)
        else:
            if isinstance(initializer, array) and typecode != "u" and initializer._typecode == "u":
                raise TypeError("cannot use a unicode array to initialize an array with typecode '%s'" % typecode)
            for v in initializer:
                self.append(v)
        return self

    # ---- the buffer's size, as array_resize keeps it ----
    def _resize(self, newsize):
        size = len(self._items)
        if self._allocated >= newsize and size < newsize + 16 and self._allocated > 0:
            return
        if newsize == 0:
            self._allocated = 0
            return
        self._allocated = (newsize >> 4) + (3 if size < 8 else 7) + newsize

    def __sizeof__(self):
        return _BASICSIZE + self._allocated * self.itemsize

    @property
    def typecode(self):
        return self._typecode

    @property
    def itemsize(self):
        return _SIZES[self._typecode]

    def _new(self, items):
        a = object.__new__(type(self))
        a._typecode = self._typecode
        a._items = items
        a._allocated = len(items)
        return a

    def __len__(self):
        return len(self._items)

    def __repr__(self):
        name = type(self).__name__
        if not self._items:
            return "%s(%r)" % (name, self._typecode)
        if self._typecode == "u":
            return "%s(%r, %r)" % (name, self._typecode, "".join(self._items))
        return "%s(%r, %r)" % (name, self._typecode, self._items)

    def __getitem__(self, index):
        if isinstance(index, slice):
            return self._new(self._items[index])
        try:
            return self._items[index]
        except IndexError:
            raise IndexError("array index out of range") from None

    def __setitem__(self, index, value):
        if isinstance(index, slice):
            if not isinstance(value, array):
                raise TypeError('can only assign array (not "%s") to array slice' % type(value).__name__)
            if value._typecode != self._typecode:
                raise TypeError("bad argument type for built-in operation")
            new = list(value._items)
            start, stop, step = index.indices(len(self._items))
            if step == 1:
                stop = max(stop, start)
                self._resize(len(self._items) - (stop - start) + len(new))
            elif len(range(start, stop, step)) != len(new):
                raise ValueError("attempt to assign array of size %d to extended slice of size %d"
                                 % (len(new), len(range(start, stop, step))))
            self._items[index] = new
            return
        value = _convert(self._typecode, value)
        try:
            self._items[index] = value
        except IndexError:
            raise IndexError("array assignment index out of range") from None

    def __delitem__(self, index):
        if isinstance(index, slice):
            n = len(range(*index.indices(len(self._items))))
            self._resize(len(self._items) - n)
            del self._items[index]
            return
        try:
            self._items[index]
        except IndexError:
            raise IndexError("array assignment index out of range") from None
        self._resize(len(self._items) - 1)
        del self._items[index]

    def __iter__(self):
        return iter(self._items)

    def __contains__(self, value):
        return value in self._items

    def __add__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only append array (not "%s") to array' % type(other).__name__)
        if other._typecode != self._typecode:
            raise TypeError("bad argument type for built-in operation")
        return self._new(self._items + other._items)

    def __iadd__(self, other):
        if not isinstance(other, array):
            raise TypeError('can only extend array with array (not "%s")' % type(other).__name__)
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        return self._new(self._items * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int):
            return NotImplemented
        if n <= 0:
            self._resize(0)
            self._items = []
        else:
            self._resize(len(self._items) * n)
            self._items = self._items * n
        return self

    def _cmp(self, other):
        if not isinstance(other, array):
            return NotImplemented
        return other._items

    def __eq__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items == o

    def __ne__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items != o

    def __lt__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items < o

    def __le__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items <= o

    def __gt__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items > o

    def __ge__(self, other):
        o = self._cmp(other)
        return o if o is NotImplemented else self._items >= o

    def __copy__(self):
        return self._new(list(self._items))

    def __deepcopy__(self, memo):
        return self._new(list(self._items))

    def __reduce_ex__(self, protocol):
        return (type(self), (self._typecode, list(self._items)))

    def append(self, v):
        v = _convert(self._typecode, v)
        self._resize(len(self._items) + 1)
        self._items.append(v)

    def extend(self, iterable):
        if isinstance(iterable, array):
            if iterable._typecode != self._typecode:
                raise TypeError("can only extend with array of same kind")
            items = list(iterable._items)
            self._resize(len(self._items) + len(items))
            self._items.extend(items)
            return
        for v in iterable:
            self.append(v)

    def insert(self, i, v):
        v = _convert(self._typecode, v)
        self._resize(len(self._items) + 1)
        self._items.insert(i, v)

    def pop(self, i=-1):
        if not self._items:
            raise IndexError("pop from empty array")
        try:
            v = self._items[i]
        except IndexError:
            raise IndexError("pop index out of range") from None
        self._resize(len(self._items) - 1)
        del self._items[i]
        return v

    def remove(self, v):
        for i, x in enumerate(self._items):
            if x == v:
                del self[i]
                return
        raise ValueError("array.remove(x): x not in array")

    def index(self, v, start=0, stop=None):
        n = len(self._items)
        if stop is None:
            stop = n
        for i in range(*slice(start, stop).indices(n)):
            if self._items[i] == v:
                return i
        raise ValueError("array.index(x): x not in array")

    def count(self, v):
        return sum(1 for x in self._items if x == v)

    def reverse(self):
        self._items.reverse()

    def tolist(self):
        return list(self._items)

    def fromlist(self, items):
        if not isinstance(items, list):
            raise TypeError("arg must be list")
        values = [_convert(self._typecode, v) for v in items]
        self._resize(len(self._items) + len(values))
        self._items.extend(values)

    def _item_bytes(self, v, little=True):
        size = self.itemsize
        tc = self._typecode
        if tc in "fd":
            return _fp.pack(v, size, little, False)
        if tc == "u":
            return ord(v).to_bytes(4, "little" if little else "big")
        return v.to_bytes(size, "little" if little else "big", signed=tc in "bhilq")

    def tobytes(self):
        return b"".join(self._item_bytes(v) for v in self._items)

    def frombytes(self, data):
        data = bytes(data)
        size = self.itemsize
        if len(data) % size:
            raise ValueError("bytes length not a multiple of item size")
        tc = self._typecode
        values = []
        for k in range(0, len(data), size):
            chunk = data[k:k + size]
            if tc in "fd":
                values.append(_fp.unpack(chunk, size, True))
            elif tc == "u":
                values.append(chr(int.from_bytes(chunk, "little")))
            else:
                values.append(int.from_bytes(chunk, "little", signed=tc in "bhilq"))
        self._resize(len(self._items) + len(values))
        self._items.extend(values)

    def tounicode(self):
        if self._typecode != "u":
            raise ValueError("tounicode() may only be called on unicode type arrays")
        return "".join(self._items)

    def fromunicode(self, s):
        if self._typecode != "u":
            raise ValueError("fromunicode() may only be called on unicode type arrays")
        if not isinstance(s, str):
            raise TypeError("fromunicode() argument must be str, not %s" % type(s).__name__)
        self._resize(len(self._items) + len(s))
        self._items.extend(s)

    def byteswap(self):
        size = self.itemsize
        if size not in (1, 2, 4, 8):
            raise RuntimeError("don't know how to byteswap this array type")
        swapped = array(self._typecode)
        swapped.frombytes(b"".join(self._item_bytes(v, False) for v in self._items))
        self._items = swapped._items

    def buffer_info(self):
        return (id(self), len(self._items))

    def tofile(self, f):
        f.write(self.tobytes())

    def fromfile(self, f, n):
        data = f.read(n * self.itemsize)
        if not isinstance(data, bytes):
            raise TypeError("read() didn't return bytes")
        self.frombytes(data[:len(data) - len(data) % self.itemsize])
        if len(data) < n * self.itemsize:
            raise EOFError("read() didn't return enough bytes")

    def __class_getitem__(cls, item):
        return cls


array.__module__ = "array"
ArrayType = array
