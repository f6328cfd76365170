# __slots__: no __dict__, fixed attributes, errors.
class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
try:
    print(p.y)
except AttributeError as e:
    print(e)
p.y = 2
print(p.y)
del p.y
print(hasattr(p, "y"))
class Q(P):
    pass
q = Q(5)
q.z = 6
print(q.z, q.__dict__)
