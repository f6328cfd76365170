# Lambda expressions: defaults, closures, late binding.
add = lambda a, b=10: a + b
print(add(1), add(1, 2), (lambda: "empty")(), (lambda *a, **k: (a, k))(1, x=2))
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [lambda i=i: i for i in range(3)]
print([g() for g in gs])
print(sorted(["bb", "a", "ccc"], key=lambda s: -len(s)))
print(add.__name__, (lambda x: x).__code__.co_argcount)
compose = lambda f, g: lambda x: f(g(x))
print(compose(lambda x: x + 1, lambda x: x * 2)(5))
