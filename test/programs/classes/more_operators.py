# Other operator dunders: floordiv, mod, pow, matmul, bitwise, divmod, round, index.
class R:
    def __init__(self, v): self.v = v
    def __floordiv__(self, o): return ("floordiv", self.v, o)
    def __truediv__(self, o): return ("truediv", self.v, o)
    def __mod__(self, o): return ("mod", self.v, o)
    def __pow__(self, o, m=None): return ("pow", self.v, o, m)
    def __matmul__(self, o): return ("matmul", self.v, o)
    def __and__(self, o): return ("and", self.v, o)
    def __or__(self, o): return ("or", self.v, o)
    def __xor__(self, o): return ("xor", self.v, o)
    def __lshift__(self, o): return ("lshift", self.v, o)
    def __invert__(self): return ("invert", self.v)
    def __divmod__(self, o): return ("divmod", self.v, o)
    def __round__(self, n=None): return ("round", self.v, n)
    def __index__(self): return self.v
r = R(7)
print(r // 2, r / 2, r % 2, r ** 2, pow(r, 2, 5), r @ 1)
print(r & 1, r | 1, r ^ 1, r << 1, ~r, divmod(r, 3), round(r), round(r, 2))
print([10, 20, 30, 40, 50, 60, 70, 80][r], bin(r), hex(r), "abcdefghij"[:R(3)])
