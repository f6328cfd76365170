# Common dict methods and views.
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), "a" in d, 1 in d, d.get("z"), d.get("z", 0))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.pop("a"), d.pop("zz", "default"), d.setdefault("b", 100), d.setdefault("n", []), d)
d.update({"b": 20}, x=9)
d.update([("y", 8)])
print(d, d.popitem(), d)
print(dict.fromkeys("ab", 0), dict(zip("xy", [1, 2])), dict(a=1), {**d, "b": 0})
keys = d.keys()
d["late"] = 1
print(keys, len(keys), d | {"z": 26}, {"a": 1} == {"a": 1})
try:
    d["missing"]
except KeyError as e:
    print(repr(e))
try:
    {}.popitem()
except KeyError as e:
    print(e)
