# sys.getsizeof of dicts as keys are inserted.
import sys
d = {}
sizes = [sys.getsizeof(d)]
for i in range(100):
    d[i] = i
    sizes.append(sys.getsizeof(d))
changes = [(i, sizes[i]) for i in range(len(sizes)) if i == 0 or sizes[i] != sizes[i - 1]]
print(changes)
print(sys.getsizeof({}), sys.getsizeof({"a": 1}), sys.getsizeof(dict(a=1, b=2)), sys.getsizeof({i: i for i in range(10)}))
d.clear()
print(sys.getsizeof(d))
