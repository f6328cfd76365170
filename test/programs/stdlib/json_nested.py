import json

deep = current = []
for i in range(200):
    nxt = [i]
    current.append(nxt)
    current = nxt
text = json.dumps(deep)
print(len(text), text[:40], json.loads(text) == deep)
obj = {'a': {'b': {'c': {'d': [1, {'e': None}]}}}}
print(json.dumps(obj, indent=3))
print(json.loads(json.dumps(obj)) == obj)
mixed = [{'id': i, 'sq': i * i, 'half': i / 2, 'odd': bool(i % 2), 'name': 'n' * i} for i in range(5)]
print(json.dumps(mixed, separators=(',', ':'), sort_keys=True))
print(json.dumps({'é': 'ñ', 'emoji': '😀 ☃', 'ctrl': '\x07\x1b', 'del': '\x7f'}))
print(json.dumps({'é': 'ñ', 'emoji': '😀 ☃'}, ensure_ascii=False))
print(json.loads('"\\ud83d\\ude00 \\u2603"') == '😀 ☃', json.loads('["\\u0000"]'))
t = (1, (2, 3), [4, (5,)])
print(json.dumps(t), json.loads(json.dumps(t)))
print(json.dumps({'float_keys': {1.0: 'a', 2.5: 'b', float('inf'): 'c'}}))
print(json.dumps(2 ** 70), json.dumps(-2 ** 70), json.loads('123456789012345678901234567890') == 123456789012345678901234567890)
print(json.dumps([1.0, 100.0, 1e-5, 1e21, 1.7976931348623157e308, 2.2250738585072014e-308]))
print(json.loads('[1.0, 1e2, 1E-2, -0, -0.0, 0.5e1]'))
