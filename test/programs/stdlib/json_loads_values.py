import json

texts = ['0', '-0', '-0.0', '12', '1e3', '1E+3', '1.5e-3', '123456789012345678901234567890', '3.141592653589793238',
         '1e400', '-1e400', '"\\u00e9\\u20ac\\ud83d\\ude00"', '"\\ud800"', '"\\ud800\\u0041"', '"\\n\\t\\r\\b\\f\\/\\\\\\""',
         'true', 'false', 'null', '[]', '{}', '[[[]]]', '{"a": {"b": {"c": [1, {"d": null}]}}}', ' \t\n\r 7 \n',
         '"ünï"', 'Infinity', 'NaN']
for t in texts:
    v = json.loads(t)
    print(repr(t), repr(v), type(v).__name__)
d = json.loads('{"z": 1, "a": 2, "m": 3}')
print(list(d), json.loads('{"k": 1, "k": 2}'))
print(json.loads('[1, 2.0, 3]', parse_int=float), json.loads('[1.1]', parse_float=lambda s: ('F', s)))
print(json.loads('[NaN, Infinity]', parse_constant=lambda s: s.lower()))
print(json.loads('{"a": [1, {"b": 2}]}', object_hook=lambda d: {k.upper(): v for k, v in d.items()}))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda pairs: pairs[::-1]))
print(json.loads('{"a": 1}', object_hook=lambda d: 'hook', object_pairs_hook=lambda p: 'pairs'))
print(json.loads('"a\tb"', strict=False), json.loads(b'\xef\xbb\xbf[1]'), json.loads('[1]'.encode('utf-16')))
dec = json.JSONDecoder()
print(dec.raw_decode('{"a": 1} rest'), dec.raw_decode('   [2]', 3), dec.decode(' [3] '))
class D(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return sorted(d.items())
print(json.loads('{"b": 1, "a": {"y": 2, "x": 3}}', cls=D))
big = json.dumps({'rows': [{'id': i, 'name': 'n%d' % i, 'vals': [i * 0.5, None, i % 2 == 0]} for i in range(50)]})
back = json.loads(big)
print(len(big), back['rows'][49], json.dumps(back) == big)
