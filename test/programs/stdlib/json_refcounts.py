import json
import sys

data = json.loads('{"key": [1, 2, 3], "other": {"x": "y"}}')
print(sys.getrefcount(data), sys.getrefcount(data['key']), sys.getrefcount(data['other']))
lst = [object() for _ in range(3)]
s = json.dumps([1, 2, 3])
print(sys.getrefcount(s))
d = {'a': [1, 2]}
before = sys.getrefcount(d['a'])
json.dumps(d)
json.dumps(d, indent=2)
print(sys.getrefcount(d['a']) == before, sys.getrefcount(d) )
class Thing:
    pass
t = Thing()
r0 = sys.getrefcount(t)
try:
    json.dumps([t])
except TypeError:
    pass
print(sys.getrefcount(t) == r0)
pairs = json.loads('{"a": 1, "b": 2}', object_pairs_hook=lambda p: p)
print(pairs, sys.getrefcount(pairs))
