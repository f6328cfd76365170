# Common str methods.
s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr("xxaxx".strip("x")))
print(s.lower(), s.upper(), "hello world".title(), "hELLO".swapcase(), "hello".capitalize())
print("a,b,,c".split(","), "a b  c".split(), "a,b,c".split(",", 1), "a,b,c".rsplit(",", 1))
print("-".join(["x", "y", "z"]), "".join(reversed("abc")), "l1\nl2\r\nl3".splitlines())
print("hello".find("l"), "hello".rfind("l"), "hello".find("z"), "hello".index("e"), "hello".count("l"))
print("hello".replace("l", "L"), "hello".replace("l", "L", 1), "abc".startswith(("x", "a")), "abc".endswith("bc"))
print("42".isdigit(), "abc".isalpha(), "a1".isalnum(), " ".isspace(), "Ab".isupper(), "ab".islower())
print("ab".center(6, "*"), "ab".ljust(4, "."), "ab".rjust(4), "42".zfill(5), "-42".zfill(5))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("z"))
print("Hello".casefold(), "tab\tsep".expandtabs(4), "abc".removeprefix("a"), "abc".removesuffix("c"))
print("x".join("abc"), "%".join([]), "abc" * 0, "abc"[1], "abc" < "abd", min("hello"), ord(max("hello")))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
