# linecache.getline / getlines for this file and a written module; missing files and lines
import linecache
import os

print(repr(linecache.getline(__file__, 1)))
print(repr(linecache.getline(__file__, 3)), repr(linecache.getline(__file__, 10_000)))
print(repr(linecache.getline("no/such/file.py", 1)), linecache.getlines("no/such/file.py"))
with open("helper_lines.py", "w") as f:
    f.write("first = 1\n\nthird = 3\nno_newline = 4")
path = os.path.abspath("helper_lines.py")
print(linecache.getlines(path))
print([linecache.getline(path, n) for n in range(0, 6)])
linecache.checkcache(path)
linecache.clearcache()
print(len(linecache.getlines(__file__)) > 5, linecache.getline(__file__, 0))
