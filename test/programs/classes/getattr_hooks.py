# __getattr__ (fallback) vs __getattribute__ (every access).
class Fallback:
    real = "real"
    def __getattr__(self, name):
        if name.startswith("bad"):
            raise AttributeError(f"no {name} here")
        return f"computed {name}"
f = Fallback()
print(f.real, f.anything)
try:
    f.bad_one
except AttributeError as e:
    print(e)
print(getattr(f, "bad_two", "default"), hasattr(f, "bad_x"), hasattr(f, "ok"))
class Every:
    def __init__(self):
        self.x = 1
    def __getattribute__(self, name):
        print("getattribute", name)
        return object.__getattribute__(self, name)
e = Every()
print(e.x)
