# Data and non-data descriptors, __set_name__, precedence over the instance dict.
class Typed:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = "_" + name
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, None)
    def __set__(self, obj, value):
        if not isinstance(value, int):
            raise TypeError(f"{self.name[1:]} must be int")
        setattr(obj, self.name, value)
    def __delete__(self, obj):
        print("delete", self.name)
        delattr(obj, self.name)
class NonData:
    def __get__(self, obj, objtype=None):
        return "from descriptor"
class C:
    x = Typed()
    y = NonData()
c = C()
c.x = 5
print(c.x, type(C.x).__name__)
try:
    c.x = "no"
except TypeError as e:
    print(e)
print(c.y)
c.__dict__["y"] = "from instance dict"
c.__dict__["x"] = "shadow attempt"
print(c.y, c.x)
del c.x
print(c.x)
