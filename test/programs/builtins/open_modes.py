# open(): binary mode, 'x' mode, read sizes, seek/tell.
with open("data.bin", "wb") as f:
    f.write(bytes(range(10)))
with open("data.bin", "rb") as f:
    print(f.read(3), f.tell(), f.read(), f.read())
    f.seek(5)
    print(f.read(2))
try:
    open("data.bin", "x")
except FileExistsError as e:
    print(type(e).__name__, e.strerror)
with open("text.txt", "w", encoding="utf-8") as f:
    f.write("héllo\n")
with open("text.txt", "rb") as f:
    print(f.read())
with open("text.txt", encoding="utf-8") as f:
    print(f.read(2), repr(f.read()))
