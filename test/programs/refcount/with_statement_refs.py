# A context manager is held during the with block (by the bound __exit__), and released after.
import sys
class CM:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return False
cm = CM()
print(sys.getrefcount(cm))
with cm as same:
    print(sys.getrefcount(cm))
print(sys.getrefcount(cm))
del same
print(sys.getrefcount(cm))
