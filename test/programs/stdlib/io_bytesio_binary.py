# BytesIO as a binary buffer: building records, readinto, read1, whence, overwrite in place,
# line iteration and readlines(hint), getvalue after partial reads, closing
import io

buf = io.BytesIO()
for n in range(5):
    buf.write(n.to_bytes(2, "big") + b"|")
print(buf.getvalue(), buf.tell(), len(buf.getvalue()))
buf.seek(3)
print(buf.read(3), buf.read1(2), buf.tell())
target = bytearray(4)
buf.seek(0)
print(buf.readinto(target), target)
buf.seek(-3, io.SEEK_END)
print(buf.read(), buf.seek(0, io.SEEK_CUR), buf.seek(2, io.SEEK_CUR))
buf.seek(1)
buf.write(b"ZZ")
print(buf.getvalue()[:6])
lines = io.BytesIO(b"alpha\nbeta\r\ngamma\n\ndelta")
print(lines.readlines(8), list(lines))
lines.seek(0)
print([len(x) for x in lines], lines.readline(), lines.read(), lines.read(5))
e = io.BytesIO(b"abc")
print(e.read(0), e.read(-1), e.read(), e.getvalue())
e.close()
print(e.closed)
for op in (e.getvalue, e.read, e.tell):
    try:
        op()
    except ValueError as err:
        print("ValueError:", err)
try:
    io.BytesIO(b"x").write(3)
except TypeError as err:
    print("TypeError:", err)
try:
    io.BytesIO("text")
except TypeError as err:
    print("TypeError:", err)
