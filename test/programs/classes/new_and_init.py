# __new__ runs before __init__; __init__ is skipped if __new__ returns another type.
class Tracked:
    def __new__(cls, *args):
        print("new", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, v):
        print("init", v)
        self.v = v
t = Tracked(3)
print(t.v)
class Singleton:
    _inst = None
    def __new__(cls):
        if cls._inst is None:
            cls._inst = super().__new__(cls)
        return cls._inst
print(Singleton() is Singleton())
class Weird:
    def __new__(cls):
        return 42
    def __init__(self):
        print("never")
print(Weird())
class UpperStr(str):
    def __new__(cls, s):
        return super().__new__(cls, s.upper())
u = UpperStr("abc")
print(u, type(u).__name__, u + "d", isinstance(u, str))
try:
    object.__new__(int)
except TypeError as e:
    print(e)
