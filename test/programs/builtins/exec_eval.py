# eval() and exec() with explicit namespaces.
print(eval("1 + 2 * 3"), eval("x * 2", {"x": 21}), eval("[i for i in range(3)]"))
ns = {}
exec("def sq(n):\n    return n * n\nresult = sq(7)", ns)
print(ns["result"], ns["sq"](3), sorted(k for k in ns if k != "__builtins__"))
code = compile("a + b", "<expr>", "eval")
print(eval(code, {"a": 1, "b": 2}), type(code).__name__)
try:
    eval("1 +")
except SyntaxError as e:
    print(type(e).__name__, e.msg)
