# isinstance/issubclass with tuples, builtins and user classes.
class A: pass
class B(A): pass
class C: pass
b = B()
print(isinstance(b, A), isinstance(b, (C, A)), isinstance(b, C), isinstance(b, ()))
print(issubclass(B, A), issubclass(B, (C, B)), issubclass(A, B), issubclass(B, object))
print(isinstance(True, int), isinstance(1, bool), isinstance(1, (str, float)), isinstance("s", object))
print(issubclass(bool, (int,)), issubclass(type, object), isinstance(type, type), isinstance(object, type))
try:
    isinstance(1, 2)
except TypeError as e:
    print(e)
try:
    issubclass(1, int)
except TypeError as e:
    print(e)
