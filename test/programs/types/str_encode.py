# str <-> bytes encoding and decoding.
s = "héllo wörld €"
b = s.encode()
print(b, len(s), len(b), b.decode() == s)
print(s.encode("latin-1", errors="replace"), s.encode("ascii", errors="ignore"))
print("abc".encode("ascii"), b"\xc3\xa9".decode("utf-8"), b"\xff".decode("utf-8", "replace"))
try:
    "é".encode("ascii")
except UnicodeEncodeError as e:
    print(type(e).__name__, e)
try:
    b"\xff".decode("utf-8")
except UnicodeDecodeError as e:
    print(type(e).__name__, e)
