"""io: in-memory streams (StringIO, BytesIO), the I/O class hierarchy and open().

StringIO and BytesIO are written here in Python. The file objects that open() returns are the
interpreter's own (TextIOWrapper, BufferedReader, BufferedWriter); they are registered as
virtual subclasses of the matching base classes, so isinstance(sys.stdout, io.TextIOBase)
holds as in CPython."""

import builtins
import sys

__all__ = ["BlockingIOError", "open", "open_code", "IOBase", "RawIOBase",
           "FileIO", "BytesIO", "StringIO", "BufferedIOBase",
           "BufferedReader", "BufferedWriter", "BufferedRWPair",
           "BufferedRandom", "TextIOBase", "TextIOWrapper",
           "UnsupportedOperation", "SEEK_SET", "SEEK_CUR", "SEEK_END",
           "DEFAULT_BUFFER_SIZE", "text_encoding", "IncrementalNewlineDecoder"]

SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
DEFAULT_BUFFER_SIZE = 8192

open = builtins.open
BlockingIOError = builtins.BlockingIOError


def open_code(path):
    return open(path, "rb")


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


class UnsupportedOperation(OSError, ValueError):
    pass

UnsupportedOperation.__module__ = 'io'


class _IOMeta(type):
    """Keeps the classes registered as virtual subclasses (what abc.ABCMeta.register does)."""

    def __new__(mcls, name, bases, namespace):
        cls = super().__new__(mcls, name, bases, namespace)
        cls._virtual_subclasses = []
        return cls

    def register(cls, subclass):
        cls._virtual_subclasses.append(subclass)
        return subclass

    def __instancecheck__(cls, instance):
        return cls.__subclasscheck__(type(instance))

    def __subclasscheck__(cls, subclass):
        if cls in getattr(subclass, '__mro__', ()):
            return True
        for c in cls.__subclasses__():
            if issubclass(subclass, c):
                return True
        for virtual in cls._virtual_subclasses:
            if virtual in getattr(subclass, '__mro__', ()):
                return True
        return False


def _closed_error():
    return ValueError("I/O operation on closed file.")


class IOBase(metaclass=_IOMeta):
    """The base of every stream: closing, context management, line iteration."""

    __closed = False

    def _unsupported(self, name):
        raise UnsupportedOperation(name)

    def seek(self, pos, whence=0):
        self._unsupported("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        self._unsupported("truncate")

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.__closed:
            try:
                self.flush()
            finally:
                self.__closed = True

    @property
    def closed(self):
        return self.__closed

    def _checkClosed(self):
        if self.closed:
            raise _closed_error()

    def seekable(self):
        return False

    def readable(self):
        return False

    def writable(self):
        return False

    def fileno(self):
        self._unsupported("fileno")

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def __iter__(self):
        self._checkClosed()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def readlines(self, hint=None):
        if hint is None or hint <= 0:
            return list(self)
        lines = []
        total = 0
        for line in self:
            lines.append(line)
            total += len(line)
            if total >= hint:
                break
        return lines

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)


class RawIOBase(IOBase):
    pass


class BufferedIOBase(IOBase):
    def detach(self):
        self._unsupported("detach")


class TextIOBase(IOBase):
    @property
    def encoding(self):
        return None

    @property
    def newlines(self):
        return None

    @property
    def errors(self):
        return None

    def detach(self):
        self._unsupported("detach")


# the interpreter's file objects
TextIOWrapper = type(sys.__stdout__)
_probe = builtins.open(__file__, "rb")
BufferedReader = type(_probe)
_probe.close()
del _probe
BufferedWriter = BufferedReader
BufferedRandom = BufferedReader
BufferedRWPair = BufferedReader
FileIO = BufferedReader
TextIOBase.register(TextIOWrapper)
BufferedIOBase.register(BufferedReader)


def _check_size(size):
    if size is None:
        return -1
    if not hasattr(size, '__index__'):
        raise TypeError(f"argument should be integer or None, not '{type(size).__name__}'")
    return size.__index__()


class StringIO(TextIOBase):
    """A text stream in memory. The text lives in `_text`; writes at the end are collected in
    `_pending` and joined on the next other operation, so many small writes stay cheap."""

    def __init__(self, initial_value='', newline='\n'):
        if newline is not None and not isinstance(newline, str):
            raise TypeError(f"newline must be str or None, not {type(newline).__name__}")
        if newline not in (None, '', '\n', '\r', '\r\n'):
            raise ValueError(f"illegal newline value: {newline!r}")
        if initial_value is not None and not isinstance(initial_value, str):
            raise TypeError(f"initial_value must be str or None, not {type(initial_value).__name__}")
        self._newline = newline
        self._text = ''
        self._pending = []
        self._pos = 0
        self._closed = False
        if initial_value:
            self._text = self._translate(initial_value)
        self._pos = 0

    def __repr__(self):
        return f"<_io.StringIO object at {hex(id(self))}>"

    def _translate(self, s):
        nl = self._newline
        if nl is None:
            s = s.replace('\r\n', '\n').replace('\r', '\n')
        elif nl in ('\r', '\r\n'):
            s = s.replace('\n', nl)
        return s

    def _join(self):
        if self._pending:
            self._text = self._text + ''.join(self._pending)
            self._pending = []
        return self._text

    def _checkClosed(self):
        # StringIO's own methods say it without the final period; those from IOBase add it
        if self._closed:
            raise ValueError("I/O operation on closed file")

    def _checkClosedIOBase(self):
        if self._closed:
            raise _closed_error()

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    @property
    def line_buffering(self):
        return False

    @property
    def newlines(self):
        return None

    def getvalue(self):
        self._checkClosed()
        return self._join()

    def write(self, s):
        self._checkClosed()
        if not isinstance(s, str):
            raise TypeError(f"string argument expected, got '{type(s).__name__}'")
        n = len(s)
        s = self._translate(s)
        end = len(self._text) + sum(len(p) for p in self._pending) if self._pending else len(self._text)
        if self._pos == end:
            self._pending.append(s)
        else:
            text = self._join()
            if self._pos > len(text):
                text = text + '\0' * (self._pos - len(text))
            self._text = text[:self._pos] + s + text[self._pos + len(s):]
        self._pos += len(s)
        return n

    def read(self, size=-1):
        self._checkClosed()
        size = _check_size(size)
        text = self._join()
        start = min(self._pos, len(text))
        end = len(text) if size < 0 else min(len(text), start + size)
        self._pos = max(self._pos, end)
        return text[start:end]

    def readline(self, size=-1):
        self._checkClosed()
        size = _check_size(size)
        text = self._join()
        start = min(self._pos, len(text))
        if self._newline == '':
            # universal: a line ends at \n, \r or \r\n
            end = start
            while end < len(text) and text[end] not in '\r\n':
                end += 1
            if end < len(text):
                end += 2 if text[end] == '\r' and text[end + 1:end + 2] == '\n' else 1
        else:
            sep = '\n' if self._newline is None else self._newline
            found = text.find(sep, start)
            end = len(text) if found < 0 else found + len(sep)
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return text[start:end]

    def __next__(self):
        self._checkClosed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"Negative seek position {pos}")
            self._pos = pos
        elif whence == 1:
            if pos != 0:
                raise OSError("Can't do nonzero cur-relative seeks")
        elif whence == 2:
            if pos != 0:
                raise OSError("Can't do nonzero end-relative seeks")
            self._pos = len(self._join())
        else:
            raise ValueError(f"Invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f"Negative size value {pos}")
        text = self._join()
        if pos < len(text):
            self._text = text[:pos]
        return pos

    def flush(self):
        pass

    def isatty(self):
        self._checkClosedIOBase()
        return False

    def __iter__(self):
        self._checkClosedIOBase()
        return self

    def __enter__(self):
        self._checkClosedIOBase()
        return self

    def __exit__(self, *args):
        self.close()

    def detach(self):
        raise UnsupportedOperation("detach")

    def fileno(self):
        raise UnsupportedOperation("fileno")


StringIO.__module__ = '_io'


def _as_bytes(data):
    # a bytes-like object: bytes, bytearray, or a buffer such as memoryview / array.array
    if isinstance(data, (bytes, bytearray)):
        return bytes(data)
    if type(data).__name__ in ('memoryview', 'array'):
        return bytes(data)
    raise TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")


class BytesIO(BufferedIOBase):
    """A binary stream in memory, kept in a bytearray."""

    def __init__(self, initial_bytes=b''):
        self._buffer = bytearray(_as_bytes(initial_bytes)) if initial_bytes is not None else bytearray()
        self._pos = 0
        self._closed = False

    def __repr__(self):
        return f"<_io.BytesIO object at {hex(id(self))}>"

    def _checkClosed(self):
        if self._closed:
            raise _closed_error()

    @property
    def closed(self):
        return self._closed

    def close(self):
        self._closed = True

    def readable(self):
        self._checkClosed()
        return True

    def writable(self):
        self._checkClosed()
        return True

    def seekable(self):
        self._checkClosed()
        return True

    def getvalue(self):
        self._checkClosed()
        return bytes(self._buffer)

    def write(self, b):
        self._checkClosed()
        data = _as_bytes(b)
        n = len(data)
        if n == 0:
            return 0
        buf = self._buffer
        if self._pos > len(buf):
            buf.extend(b'\0' * (self._pos - len(buf)))
        buf[self._pos:self._pos + n] = data
        self._pos += n
        return n

    def read(self, size=-1):
        self._checkClosed()
        size = _check_size(size)
        buf = self._buffer
        start = min(self._pos, len(buf))
        end = len(buf) if size < 0 else min(len(buf), start + size)
        self._pos = max(self._pos, end)
        return bytes(buf[start:end])

    read1 = read

    def readinto(self, b):
        data = self.read(len(b))
        b[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._checkClosed()
        size = _check_size(size)
        buf = self._buffer
        start = min(self._pos, len(buf))
        found = buf.find(b'\n', start)
        end = len(buf) if found < 0 else found + 1
        if size >= 0:
            end = min(end, start + size)
        self._pos = end
        return bytes(buf[start:end])

    def __iter__(self):
        return self

    def __next__(self):
        self._checkClosed()
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def tell(self):
        self._checkClosed()
        return self._pos

    def seek(self, pos, whence=0):
        self._checkClosed()
        if not isinstance(pos, int):
            raise TypeError(f"'{type(pos).__name__}' object cannot be interpreted as an integer")
        if whence == 0:
            if pos < 0:
                raise ValueError(f"negative seek value {pos}")
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._buffer) + pos)
        else:
            raise ValueError(f"invalid whence ({whence}, should be 0, 1 or 2)")
        return self._pos

    def truncate(self, pos=None):
        self._checkClosed()
        if pos is None:
            pos = self._pos
        if pos < 0:
            raise ValueError(f"negative size value {pos}")
        if pos < len(self._buffer):
            del self._buffer[pos:]
        return pos

    def flush(self):
        self._checkClosed()

    def isatty(self):
        self._checkClosed()
        return False

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()


BytesIO.__module__ = '_io'


class IncrementalNewlineDecoder:
    """Translates \\r\\n and \\r to \\n across chunks (universal newlines)."""

    def __init__(self, decoder, translate, errors='strict'):
        self.decoder = decoder
        self.translate = translate
        self.pendingcr = False

    def decode(self, input, final=False):
        output = self.decoder.decode(input, final=final) if self.decoder else input
        if self.pendingcr and (output or final):
            output = "\r" + output
            self.pendingcr = False
        if output.endswith("\r") and not final:
            output = output[:-1]
            self.pendingcr = True
        if self.translate:
            output = output.replace("\r\n", "\n").replace("\r", "\n")
        return output

    def reset(self):
        self.pendingcr = False
