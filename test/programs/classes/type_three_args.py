# Creating classes with type(name, bases, dict).
def hello(self):
    return "hi from " + type(self).__name__
Base = type("Base", (), {"greet": hello, "x": 1})
Derived = type("Derived", (Base,), {"x": 2, "__repr__": lambda self: "<Derived>"})
d = Derived()
print(d.greet(), d.x, d, Derived.__name__, [c.__name__ for c in Derived.__mro__])
print(type(d) is Derived, type(Derived) is type, type(type), isinstance(Derived, type))
print(type(1), type("s"), type([]), type(None), type(len), type(hello))
