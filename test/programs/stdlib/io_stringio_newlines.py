# StringIO newline= modes on write and read, tell/seek around translated text, iteration
import io

text = "a\nb\r\nc\rd"
for mode in (None, "", "\n", "\r", "\r\n"):
    s = io.StringIO(newline=mode)
    s.write(text)
    s.seek(0)
    print(repr(mode), repr(s.getvalue()), s.readlines(), s.tell())
s = io.StringIO(text, newline="")
print([line for line in s])
s = io.StringIO("x" * 5)
s.seek(2)
print(s.write("YY"), s.getvalue(), s.tell(), repr(s.read()))
s.seek(0, 2)
print(s.tell(), s.write("!"), s.getvalue())
print(repr(io.StringIO("abc").read(2)), repr(io.StringIO("abc").readline(1)))
s = io.StringIO()
print(s.write(""), s.tell(), repr(s.getvalue()), s.truncate(0))
