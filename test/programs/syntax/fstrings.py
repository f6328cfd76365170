# f-strings: format specs, conversions, '=' debugging, nesting.
name, pi, n = "world", 3.14159265, 42
print(f"hello {name}!", f"{pi:.2f}", f"{n:5d}|{n:<5d}|{n:^5d}|{n:>5}|")
print(f"{n:08.3f}", f"{n:x} {n:X} {n:o} {n:b} {n:#x} {n:#b}")
print(f"{name!r} {name!s} {'é'!a}", f"{1234567:,} {1234567:_}")
print(f"{n=}", f"{pi = :.3f}", f"{name=!r}")
width, prec = 10, 3
print(f"[{pi:{width}.{prec}}]", f"[{name:*^{width}}]")
print(f"{{literal}} {n + 1} {[1, 2][0]} {'nested ' + f'{n}'}")
print(f"{3.5:%}", f"{0.25:.1%}", f"{1e10:e}", f"{12345.678:g}", f"{-5:+d} {5:+d} {5: d}")
