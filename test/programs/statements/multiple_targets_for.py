# for loop targets: tuples, attributes, subscripts.
pairs = [(1, "a"), (2, "b")]
for n, s in pairs:
    print(n, s)
class O:
    pass
o = O()
for o.attr in [10, 20]:
    pass
print(o.attr)
d = {}
for d["k"] in "xyz":
    pass
print(d)
for i, (a, b) in enumerate([(1, 2), (3, 4)]):
    print(i, a + b)
