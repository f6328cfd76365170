# str/repr/args of builtin exceptions with 0, 1 and several arguments.
for e in [ValueError(), ValueError("x"), ValueError("x", 1), KeyError("k"), KeyError("k", "j"),
          KeyError(), OSError(2, "No such file"), OSError(2, "No such file", "f.txt"), StopIteration(5),
          SystemExit(3), IndexError(None), Exception([1, 2])]:
    print(type(e).__name__, "|", str(e), "|", repr(e), "|", e.args)
e = ValueError("a")
e.args = ("changed", 2)
print(e, repr(e))
