# readline(size), readlines(hint), seek/tell in both stream kinds, truncate, newline modes
import io

s = io.StringIO("alpha\nbeta\ngamma\ndelta")
print(repr(s.readline(3)), repr(s.readline()), s.tell())
print(s.readlines(4))
print(s.seek(0, io.SEEK_END), s.tell(), repr(s.read()))
s.seek(0)
print(s.readlines())
s.seek(6)
print(s.truncate(), repr(s.getvalue()))
print(repr(io.StringIO("a\r\nb\rc\n", newline="").readlines()))
print(repr(io.StringIO("a\r\nb\rc\n", newline=None).getvalue()))
w = io.StringIO(newline="\r\n")
w.write("x\ny\n")
print(repr(w.getvalue()))
try:
    io.StringIO(newline="x")
except ValueError as e:
    print("ValueError:", e)
try:
    io.StringIO(5)
except TypeError as e:
    print("TypeError:", e)
b = io.BytesIO()
for chunk in (b"ab", bytearray(b"cd\n"), b"ef\ngh"):
    b.write(chunk)
print(b.tell(), b.seek(0), b.readlines())
b.seek(1, io.SEEK_CUR)
print(b.tell(), b.read(3))
b.seek(10)
b.write(b"!")
print(b.getvalue())
print(b.truncate(4), b.getvalue(), b.tell())
with io.BytesIO(b"x\ny\n") as bb:
    print([line for line in bb])
print(bb.closed)
try:
    io.BytesIO().seek(-1)
except ValueError as e:
    print("ValueError:", e)
