# Temporaries: only the argument reference exists.
import sys
print(sys.getrefcount([]))
print(sys.getrefcount({}))
print(sys.getrefcount(object()))
print(sys.getrefcount([1, 2, 3]))
print(sys.getrefcount(list(range(3))))
class C:
    pass
print(sys.getrefcount(C()))
print(sys.getrefcount(int("7" * 40)))
print(sys.getrefcount("-".join(["abc"] * 50)))

