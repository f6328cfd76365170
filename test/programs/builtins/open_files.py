# open(): write then read text files in the working directory.
with open("1.txt", "w") as f:
    n = f.write("line one\nline two\n")
    f.write("third")
print(n, f.closed)
with open("1.txt") as f:
    print(repr(f.read()))
with open("1.txt") as f:
    print(f.readline(), end="")
    print(f.readlines())
with open("1.txt", "a") as f:
    print("appended", file=f)
with open("1.txt") as f:
    for i, line in enumerate(f):
        print(i, repr(line))
try:
    open("does-not-exist.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename)
