# vars() and dir() of a simple class and instance (names without leading '__').
class Base:
    base_attr = 0
    def base_method(self):
        pass
class Simple(Base):
    cls_attr = 1
    def __init__(self):
        self.inst = 2
    def method(self):
        pass
    @property
    def prop(self):
        return 3
s = Simple()
print(vars(s), s.__dict__ is vars(s))
print([n for n in vars(Simple) if not n.startswith("__")])
print([n for n in dir(s) if not n.startswith("__")])
print([n for n in dir(Simple) if not n.startswith("__")])
try:
    vars(5)
except TypeError as e:
    print(e)
