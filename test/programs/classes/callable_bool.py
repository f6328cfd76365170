# __call__ and __bool__ / __len__ truthiness.
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *, twice=False):
        return (x + self.n) * (2 if twice else 1)
add5 = Adder(5)
print(add5(1), add5(1, twice=True), callable(add5), callable(Adder), callable(5))
class Falsy:
    def __bool__(self):
        print("bool called")
        return False
class Empty:
    def __len__(self):
        return 0
print(bool(Falsy()), bool(Empty()), bool(object()))
if not Falsy():
    print("falsy instance")
print("yes" if Empty() else "no", Falsy() or "fallback")
class Bad:
    def __bool__(self):
        return 1
try:
    bool(Bad())
except TypeError as e:
    print(e)
