# chr/ord/hex/bin/oct/format and friends.
print(chr(65), chr(0x263A), chr(128512), ord("a"), ord("€"), ord("😀"))
print(hex(255), hex(-255), bin(10), bin(-10), oct(8), oct(-8), hex(0), bin(2 ** 70))
print(format(255, "x"), format(255, "#010b"), format(3.14159, ".2f"), format("s", ">3"), format(42), format(1e6, ","))
print(ascii("é😀"), repr("é😀"), ascii([1, "ñ"]))
for bad in [lambda: chr(-1), lambda: chr(0x110000), lambda: ord("ab"), lambda: hex(1.5)]:
    try:
        bad()
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
