import json

values = [0, -1, 10**30, 1.0, 0.1, 1e16, 1.5e-10, -2.5, 123456789.125, 1e22, 5e-324, True, False, None,
          '', 'plain', 'tab\there', 'quote"back\\slash', '\x00\x1f\x7f', 'é', '\u20ac', '😀',
          [], {}, [[]], [{}], (1, 2), {'k': (3,)}]
for v in values:
    print(repr(v), json.dumps(v), json.dumps(v, ensure_ascii=False))
doc = {'id': 7, 'tags': ['a', 'b'], 'meta': {'ok': True, 'score': 9.5, 'none': None}, 'empty': [], 'e2': {}}
for indent in [None, 0, 2, 4, '--', '\t']:
    print(json.dumps(doc, indent=indent))
print(json.dumps(doc, separators=(',', ':')), json.dumps(doc, separators=(' , ', ' : '), indent=1))
print(json.dumps(doc, sort_keys=True), json.dumps({3: 'a', 1: 'b', 2: 'c'}, sort_keys=True))
print(json.dumps({1.5: 1, True: 2, None: 3, 10: 4, 'x': 5}))
try:
    json.dumps({1: 1, 'a': 2}, sort_keys=True)
except TypeError as e:
    print('TypeError', e)
class MyInt(int):
    def __repr__(self):
        return 'MyInt!'
class MyFloat(float):
    def __repr__(self):
        return 'MyFloat!'
class MyStr(str):
    pass
class MyList(list):
    pass
class MyDict(dict):
    pass
print(json.dumps([MyInt(5), MyFloat(2.5), MyStr('s'), MyList([1]), MyDict(a=1)]))
print(json.dumps(list(range(12)), indent=1)[:40])
enc = json.JSONEncoder(indent=2, sort_keys=True)
print(enc.encode({'b': [1, 2], 'a': 'x'}), list(enc.iterencode([1, 'a']))[:3], enc.item_separator, repr(enc.key_separator))
print(json.JSONEncoder().encode('text'), json.JSONEncoder(ensure_ascii=False).encode('é'))
