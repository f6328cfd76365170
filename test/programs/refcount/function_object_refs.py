# Functions are referenced by the module dict; methods by their class dict.
import sys
def f():
    pass
print(sys.getrefcount(f))
g = f
callbacks = [f, f]
print(sys.getrefcount(f))
del g, callbacks
print(sys.getrefcount(f))
class C:
    def m(self):
        pass
func = C.__dict__["m"]
print(sys.getrefcount(func))
