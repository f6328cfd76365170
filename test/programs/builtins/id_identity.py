# id() comparisons and `is` (never printing the values).
a = [1, 2]
b = a
c = [1, 2]
print(id(a) == id(b), id(a) == id(c), a is b, a is c, a == c)
def ident(x):
    return x
print(id(ident(a)) == id(a), id(None) == id(None), type(id(a)).__name__)
x = object()
ids = {id(x)}
print(id(x) in ids, id(x) == id(x))
class K:
    def m(self):
        return id(self)
k = K()
print(k.m() == id(k))
