# bool's repr is one static str per value in CPython 3.11 (_Py_ID(True) / _Py_ID(False)):
# str(), repr(), format() with an empty spec and f-strings all hand out that same object, with
# the "immortal" count static objects start at; the literal 'True' is a different object.
import sys

t = str(True)
f = str(False)
print(t, f, repr(True), repr(False))
print(str(True) is t, repr(True) is t, format(True) is t, f'{True}' is t, f'{True!r}' is t, f'{True!s}' is t)
print(str(False) is f, repr(False) is f, format(False, '') is f, f'{False}' is f)
print(sys.getrefcount(t) > 999999999, sys.getrefcount(f) > 999999999)
lit = 'True'
print(lit == t, lit is t)
print(format(True, 'd'), format(True, '>6'), f'{True:5}|', '{:x}'.format(True))
print(str(1 == 1) is t, repr(not 0) is t)
class B(int):
    pass
print(repr(B(1)), str(B(1)) is t)
