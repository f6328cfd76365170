# Complex numbers: literals, arithmetic, repr.
a = 3 + 4j
print(a, a.real, a.imag, abs(a))
print(1j * 1j, (1 + 2j) * (3 - 1j), (1 + 2j) / (1 - 1j))
print(complex(2), complex(1.5, -2), complex('1+2j'), -1j, 0j)
print(a.conjugate(), a == complex(3, 4), type(a).__name__)
print(repr(2j), repr(-0.5 + 1e20j), 1e-7j)
