# Decorator expressions are evaluated top-down, applied bottom-up.
def tag(name):
    print("evaluate", name)
    def deco(f):
        print("apply", name)
        f.tags = getattr(f, "tags", []) + [name]
        return f
    return deco
@tag("first")
@tag("second")
@tag("third")
def f():
    pass
print(f.tags)
