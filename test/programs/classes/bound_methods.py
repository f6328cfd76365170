# Bound and unbound methods: __self__, __func__, equality, calling through the class.
class C:
    def __init__(self, n):
        self.n = n
    def get(self):
        return self.n
c = C(7)
m = c.get
print(m(), C.get(c), m.__self__ is c, m.__func__ is C.get, type(m).__name__)
print(c.get == c.get, c.get is c.get, C(1).get == C(1).get)
c.get = lambda: "instance attribute wins"
print(c.get(), C.get(c))
methods = [C(i).get for i in range(3)]
print([f() for f in methods])
