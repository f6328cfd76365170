import json
import io

class Upper(json.JSONEncoder):
    def encode(self, o):
        return super().encode(o).upper()
print(json.dumps({'a': 'b'}, cls=Upper))

class Sets(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, (set, frozenset)):
            return sorted(o)
        if isinstance(o, complex):
            return [o.real, o.imag]
        return super().default(o)
print(json.dumps({'s': {3, 1}, 'f': frozenset('ab'), 'c': 1 + 2j}, cls=Sets, sort_keys=True))
enc = Sets(indent=1)
print(list(enc.iterencode({'x': [1, {2}]})))

class Bad(json.JSONEncoder):
    def default(self, o):
        return o  # returns the same unserializable object: circular
try:
    json.dumps(object(), cls=Bad)
except ValueError as e:
    print('ValueError', e)

buf = io.StringIO()
json.dump({'k': [1, 2, {'n': None}]}, buf, indent=2)
print(buf.getvalue())
buf.seek(0)
print(json.load(buf))
dec = json.JSONDecoder(object_hook=lambda d: tuple(sorted(d)))
print(dec.decode('[{"b": 1, "a": 2}, {}]'))
print(json.dumps({'a': 1, 2: 'b', None: 3}, skipkeys=True), json.dumps({(1,): 2, 'ok': 1}, skipkeys=True))
print(json.dumps([1, 2], indent=None, separators=(';', '=')), json.dumps({'a': 1}, separators=(';', '=')))
class Pt:
    def __init__(self, x):
        self.x = x
print(json.dumps([Pt(1), Pt(2)], default=lambda o: {'x': o.x}, indent=2))
print(json.dumps({'nan': float('nan')}, allow_nan=True), json.loads('{"v": NaN}')['v'] != json.loads('{"v": NaN}')['v'])
