# __enter__/__exit__: the arguments __exit__ receives and exceptions inside __exit__.
class Resource:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("acquire", self.name)
        return self
    def __exit__(self, exc_type, exc, tb):
        print("release", self.name, exc_type.__name__ if exc_type else None, tb is not None)
        return isinstance(exc, KeyError)
with Resource("r1") as r:
    print("using", r.name)
with Resource("r2"):
    {}["missing"]
print("KeyError suppressed")
try:
    with Resource("r3"):
        [][0]
except IndexError as e:
    print("IndexError passed through:", e)
class BadExit:
    def __enter__(self):
        return self
    def __exit__(self, *a):
        raise RuntimeError("from exit")
try:
    with BadExit():
        raise ValueError("body")
except RuntimeError as e:
    print(e, "| context:", repr(e.__context__))
