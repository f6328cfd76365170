# with: several managers, order of enter/exit, suppression by __exit__ returning True.
class CM:
    def __init__(self, name, suppress=False):
        self.name, self.suppress = name, suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, et, ev, tb):
        print("exit", self.name, et.__name__ if et else None, ev)
        return self.suppress
with CM("a") as a, CM("b") as b:
    print("body", a, b)
with CM("outer", suppress=True):
    with CM("inner"):
        raise KeyError("k")
print("suppressed, continuing")
try:
    with CM("c"):
        raise ValueError("escapes")
except ValueError as e:
    print("caught", e)
def early():
    with CM("ret"):
        return "returned"
print(early())
