# Dicts keep insertion order; re-assigning keeps the position; delete+insert moves to the end.
d = {}
for k in ["z", "a", "m", "b"]:
    d[k] = len(d)
print(d)
d["a"] = 100
print(list(d))
del d["z"]
d["z"] = 0
print(list(d), list(reversed(d)))
d2 = {1: "int", 1.0: "float", True: "bool"}
print(d2)
it = iter(d)
d["new"] = 1
try:
    next(it)
except RuntimeError as e:
    print(e)
