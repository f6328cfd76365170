# repr of nested and recursive containers.
l = [1, [2, [3, [4]]], (5, (6,)), {"k": {"n": None}}]
print(l)
r = [1, 2]
r.append(r)
print(r, repr(r), str(r))
d = {"a": 1}
d["self"] = d
print(d)
outer = [[]]
outer[0].append(outer)
print(outer)
s = [r, r]
print(s)
print(repr(()), repr((1,)), repr([]), repr({}), repr(""), repr("'"), repr('"'), repr("'\""))
