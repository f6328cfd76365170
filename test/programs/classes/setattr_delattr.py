# __setattr__ and __delattr__ intercept assignment and deletion.
class Logged:
    def __init__(self):
        self.a = 1
    def __setattr__(self, name, value):
        print("set", name, value)
        super().__setattr__(name, value * 2 if isinstance(value, int) else value)
    def __delattr__(self, name):
        print("del", name)
        if name == "locked":
            raise AttributeError("locked stays")
        super().__delattr__(name)
o = Logged()
o.b = 5
o.locked = "yes"
print(o.__dict__)
del o.a
try:
    del o.locked
except AttributeError as e:
    print(e)
print(o.__dict__)
class Frozen:
    def __setattr__(self, n, v):
        raise AttributeError(f"cannot set {n}")
try:
    Frozen().x = 1
except AttributeError as e:
    print(e)
