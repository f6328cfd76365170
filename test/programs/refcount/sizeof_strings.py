# sys.getsizeof of str (compact ASCII, latin-1, UCS-2, UCS-4) and bytes.
import sys
for s in ["", "a", "abc", "a" * 100, "é", "éé", "€", "€€", "😀", "😀😀", "a" + "é" * 3]:
    print(len(s), sys.getsizeof(s))
for b in [b"", b"a", b"abc", bytes(100)]:
    print(len(b), sys.getsizeof(b))
print(sys.getsizeof(bytearray()), sys.getsizeof(bytearray(b"abc")))
