# str.format: positional, keyword, indexing, attributes, specs.
print("{} {} {}".format(1, "a", [2]))
print("{1} {0} {1}".format("a", "b"))
print("{x} {y!r}".format(x=1, y="s"))
print("{0[1]} {0[key]}".format({1: "one", "key": "val"}), "{0[2]}".format("abc"))
print("{0.real} {0.imag}".format(3 + 4j))
print("{:>8}|{:<8}|{:^8}|{:.2}".format("r", "l", "c", "xyz"))
print("{:,.2f} {:010.3f} {:+.1e}".format(1234567.891, -3.5, 12345.0))
print("{{}} {:{w}.{p}f}".format(2.718281, w=8, p=2))
