# numbers: the PEP 3141 tower (int, float, complex, bool registered at their levels), the
# abstract methods each level asks for, and what Complex/Real/Rational/Integral derive for a subclass.
import numbers
print([isinstance(x, numbers.Number) for x in (1, 2.5, 1j, True, 'a', None)])
print([isinstance(x, numbers.Integral) for x in (1, 2.5, 1j, True)], [isinstance(x, numbers.Real) for x in (1, 2.5, 1j)])
print([isinstance(x, numbers.Rational) for x in (1, 2.5)], isinstance(1j, numbers.Complex), issubclass(bool, numbers.Integral))
print(sorted(numbers.Integral.__abstractmethods__))
print(sorted(numbers.Complex.__abstractmethods__))
print(numbers.Number.__hash__, numbers.Integral.__mro__)
class MyInt(numbers.Integral):
    def __init__(self, v): self.v = v
    def __int__(self): return self.v
    def __pow__(self, e, m=None): return MyInt(pow(self.v, int(e), m))
    def __lshift__(s, o): pass
    def __rlshift__(s, o): pass
    def __rshift__(s, o): pass
    def __rrshift__(s, o): pass
    def __and__(s, o): pass
    def __rand__(s, o): pass
    def __xor__(s, o): pass
    def __rxor__(s, o): pass
    def __or__(s, o): pass
    def __ror__(s, o): pass
    def __invert__(s): pass
    def __add__(s, o): return MyInt(s.v + int(o))
    def __radd__(s, o): return MyInt(int(o) + s.v)
    def __neg__(s): return MyInt(-s.v)
    def __pos__(s): return s
    def __mul__(s, o): pass
    def __rmul__(s, o): pass
    def __truediv__(s, o): pass
    def __rtruediv__(s, o): pass
    def __rpow__(s, o): pass
    def __abs__(s): pass
    def __eq__(s, o): return s.v == int(o)
    def __trunc__(s): pass
    def __floor__(s): pass
    def __ceil__(s): pass
    def __round__(s, n=None): pass
    def __floordiv__(s, o): pass
    def __rfloordiv__(s, o): pass
    def __mod__(s, o): pass
    def __rmod__(s, o): pass
    def __lt__(s, o): pass
    def __le__(s, o): pass
m = MyInt(5)
print(int(m), float(m), m.numerator is m, m.denominator, complex(m), (m - 2).v, [0, 1, 2, 3, 4, 5][m], bool(m), bool(MyInt(0)), m.real.v, m.imag, m.conjugate().v)
try:
    numbers.Integral()
except TypeError as e:
    print(e)
