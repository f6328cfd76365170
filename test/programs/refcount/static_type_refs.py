# sys.getrefcount of builtin types and functions: CPython's counts, its startup's references
# included, and what a program adds to them: a subclass holds its base (tp_base), its bases tuple
# and its MRO tuple hold each class; deleting the subclass (a cycle: the collector frees it) gives
# them back. Builtin functions count their holders like any object.
import sys
import gc
print(sys.getrefcount(int), sys.getrefcount(Exception), sys.getrefcount(object), sys.getrefcount(ValueError))
class MyError(Exception):
    pass
print(sys.getrefcount(Exception), sys.getrefcount(object))
class Both(MyError, ValueError):
    pass
print(sys.getrefcount(Exception), sys.getrefcount(ValueError), sys.getrefcount(object))
del Both, MyError
gc.collect()
print(sys.getrefcount(Exception), sys.getrefcount(ValueError), sys.getrefcount(object))
class Counter(dict):
    pass
print(sys.getrefcount(dict), sys.getrefcount(object))
print(sys.getrefcount(OSError), sys.getrefcount(IOError), OSError is IOError)
alias = len
holders = [len, len, print, sorted]
print(sys.getrefcount(len), sys.getrefcount(print), sys.getrefcount(sorted))
del alias, holders
print(sys.getrefcount(len), sys.getrefcount(print), sys.getrefcount(sorted))
print(sys.getrefcount(str), sys.getrefcount(list), sys.getrefcount(tuple), sys.getrefcount(float))
print(sys.getrefcount(-1), sys.getrefcount(True))
values = [True] * 10
print(sys.getrefcount(True))
