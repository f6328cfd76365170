import json
data = {"name": "Ünïcode ☃ 😀", "n": [1, 2.5, -0.0, 1e100, 3.14159, True, False, None], "nested": {"a": [], "b": {}}, 5: "int key", 2.5: 'f', None: 0, True: 1}
print(json.dumps(data))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps(data, indent=2))
print(json.dumps([1, [2, {"x": 3}]], indent='\t', separators=(',', ':')))
print(json.dumps({"b": 1, "a": 2, "c": [3]}, sort_keys=True, indent=0))
print(json.dumps("a\"b\\c\n\x01\u2028"), json.dumps(float('nan')), json.dumps([float('inf'), -float('inf')]))
print(json.loads('{"a": [1, 2.5, "x\\u00e9\\ud83d\\ude00", null, true, false], "b": {"c": -1e5}}'))
print(json.loads('  [1 , 2 ]  '), json.loads('"\\/\\b"'), json.loads('NaN'), json.loads('-Infinity'))
for bad in ['', ' ', '[', '[1,', '[1,]', '{"a" 1}', '{"a":1,}', '{a:1}', '[1 2]', '"abc', '"\\x"', '"\\u12"', 'tru', '1 2', '{"a":1}x', '"a\x01"', '\ufeff1', '{', '{"a":', '[1]\n\n  x', '01', '-', '.5', '1.', '"\\']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), '|', e, '|', e.msg, e.pos, e.lineno, e.colno)
try:
    json.dumps({(1, 2): 3})
except TypeError as e:
    print(e)
try:
    json.dumps(object())
except TypeError as e:
    print(e)
l = []; l.append(l)
try:
    json.dumps(l)
except ValueError as e:
    print(e)
for kw in [{}, {'indent': 1}]:
    try:
        json.dumps(float('nan'), allow_nan=False, **kw)
    except ValueError as e:
        print(e)
print(json.dumps({(1, 2): 3, 'a': 1}, skipkeys=True))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1, 2}}, cls=E), E(indent=1).encode([{1}]), json.dumps(1+0j, default=str))
print(json.loads('{"a": 1, "b": 2}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.loads('[1.5, 2]', parse_float=str, parse_int=lambda s: int(s) * 10), json.loads(b'[1]'), json.loads(bytearray(b'{"x": "\xc3\xa9"}')))
try:
    json.loads(5)
except TypeError as e:
    print(e)
print(json.JSONDecoder().raw_decode('[1] extra'), json.loads('{"a":1,"a":2}'))
