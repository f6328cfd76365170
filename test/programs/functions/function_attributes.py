# Function objects: name, qualname, defaults, annotations, custom attributes.
def f(a: int, b: str = "x", *args, c: float = 1.0, **kw) -> list:
    "doc string"
    return []
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__)
print(f.__annotations__)
print(f.__code__.co_argcount, f.__code__.co_kwonlyargcount, f.__code__.co_varnames)
f.custom = 5
print(f.custom, f.__dict__)
class K:
    def m(self):
        def inner():
            pass
        return inner
print(K.m.__qualname__, K().m().__qualname__, f.__module__)
