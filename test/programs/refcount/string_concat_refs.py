# Fresh strings, bytes and big ints built at run time have only the references we make.
import sys
s = "".join(["ab", "cd", "ef"]) * 3
print(sys.getrefcount(s))
t = s
print(sys.getrefcount(s))
b = bytes(range(10)) * 2
print(sys.getrefcount(b))
n = int("1" + "0" * 30) + 7
lst = [n, n, n]
print(sys.getrefcount(n))
f = float("1.5") * 3
print(sys.getrefcount(f))
