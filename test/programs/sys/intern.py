# sys.intern returns a canonical string object.
import sys
a = "".join(["hello", " ", "world", "!"])
b = "".join(["hello ", "world!"])
print(a == b, a is b)
ia, ib = sys.intern(a), sys.intern(b)
print(ia is ib, ia == a)
try:
    sys.intern(5)
except TypeError as e:
    print(e)
