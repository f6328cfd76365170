# Rich comparisons: __lt__ and friends, reflection, sorting.
class V:
    def __init__(self, n):
        self.n = n
    def __lt__(self, other):
        print(f"{self.n} < {other.n}?")
        return self.n < other.n
    def __le__(self, other):
        return self.n <= other.n
    def __repr__(self):
        return f"V({self.n})"
a, b = V(1), V(2)
print(a < b)
print(b > a)
print(a >= b)
print(sorted([V(3), V(1), V(2)]))
try:
    V(1) < 5
except AttributeError as e:
    print(e)
class Bare:
    pass
try:
    Bare() < Bare()
except TypeError as e:
    print(e)
