# The class body is executed once, top to bottom, as its own namespace.
print("before class")
class C:
    print("in class body")
    x = 1
    y = x + 1
    def f(self):
        return x if False else C.x
    items = [i * 10 for i in range(y)]
    del x
print("after class", C.y, C.items, hasattr(C, "x"))
x = "global"
class D:
    x = "class"
    def get(self):
        return x
print(D().get(), D.x, C.__name__, C.__qualname__, C.__module__)
