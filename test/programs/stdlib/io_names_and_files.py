# io's names: the class hierarchy, open() is builtins.open, real files are TextIOWrapper /
# BufferedReader instances, UnsupportedOperation, SEEK_* constants, DEFAULT_BUFFER_SIZE
import io
import sys

print(io.open is open, io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), issubclass(io.UnsupportedOperation, ValueError))
print(isinstance(sys.stdout, io.TextIOBase), isinstance(sys.stdout, io.IOBase),
      isinstance(sys.stdout, io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase),
      isinstance(io.BytesIO(), io.BufferedIOBase), isinstance(io.BytesIO(), io.TextIOBase),
      isinstance(3, io.IOBase))
with io.open("data.txt", "w") as f:
    print(type(f).__name__, isinstance(f, io.TextIOWrapper), f.write("one\ntwo\n"))
with open("data.txt", "rb") as f:
    print(type(f).__name__, isinstance(f, io.BufferedReader), f.read())
with open("data.txt") as f:
    print(f.readline(), end="")
    print(f.read())
s = io.StringIO()
for method in ("fileno", "detach"):
    try:
        getattr(s, method)()
    except io.UnsupportedOperation as e:
        print(type(e).__name__, e)
print(s.isatty(), s.readable(), s.writable(), s.seekable(), s.line_buffering, s.newlines)
class Upper(io.StringIO):
    def write(self, text):
        return super().write(text.upper())
u = Upper()
print("shout", file=u)
print(repr(u.getvalue()), isinstance(u, io.StringIO), type(u).__mro__[1].__name__)
