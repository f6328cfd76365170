# Bytes literals and their repr.
b = b"abc\x00\xff\n"
print(b, len(b), b[0], b[-2], list(b[:3]))
print(rb"\x00", br"\n", b'\'', b"\"")
print(bytes(3), bytes([65, 66, 67]), bytes(range(250, 256)))
print(b"ab" + b"cd", b"ab" * 3, b"b" in b"abc", b"\t\r")
print(repr(b"it's"), repr(b'say "hi"'), repr(b"both ' \""))
