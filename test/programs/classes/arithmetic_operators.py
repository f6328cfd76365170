# Arithmetic dunders, reflected operators, in-place fallbacks and NotImplemented.
class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __add__(self, o):
        if isinstance(o, Vec):
            return Vec(self.x + o.x, self.y + o.y)
        return NotImplemented
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        print("rmul")
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
v = Vec(3, 4)
print(v + Vec(1, 1), v * 2, 2 * v, -v, abs(v))
w = v
w += Vec(1, 0)
print(w, v, w is v)
try:
    v + 1
except TypeError as e:
    print(e)
class Num:
    def __init__(self, n):
        self.n = n
    def __radd__(self, o):
        return Num(o + self.n)
    def __iadd__(self, o):
        self.n += o
        return self
print((10 + Num(1)).n, sum([Num(1)], 5).n)
n = Num(1); m = n; n += 5
print(n is m, n.n)
