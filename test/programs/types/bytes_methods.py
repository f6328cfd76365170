# bytes and bytearray methods.
b = b"hello world"
print(b.upper(), b.split(), b.replace(b"o", b"0"), b.find(b"o"), b.count(b"l"), b.startswith(b"he"))
print(b.hex(), bytes.fromhex("68 69"), b[::-1], b.strip(b"hd"), b"-".join([b"a", b"b"]), b.title())
ba = bytearray(b"abc")
ba.append(100); ba.extend(b"ef"); ba[0] = 65; ba += b"!"
print(ba, len(ba), ba.pop(), ba, bytes(ba), ba.decode())
del ba[1:3]
ba.insert(0, 42)
print(ba, ba.find(b"d"), bytearray(3), bytearray([1, 2]), ba == b"*Adef")
try:
    ba[0] = 256
except ValueError as e:
    print(e)
try:
    b[0] = 1
except TypeError as e:
    print(e)
print(b"abc" < b"abd", list(b"AZ"), b"%d-%s" % (5, b"x"), bytes(b"x") is not None)
