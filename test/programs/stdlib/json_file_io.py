import json

data = {'users': [{'name': 'ann', 'age': 31, 'langs': ['py', 'ts']}, {'name': 'bob', 'age': None, 'langs': []}],
        'count': 2, 'ratio': 0.75}
with open('data.json', 'w') as f:
    json.dump(data, f, indent=2, sort_keys=True)
with open('data.json') as f:
    text = f.read()
print(text)
with open('data.json') as f:
    back = json.load(f)
print(back == data, back['users'][0]['langs'])
with open('compact.json', 'w') as f:
    json.dump(data, f)
with open('compact.json') as f:
    print(f.read())
with open('compact.json') as f:
    print(json.load(f, object_pairs_hook=lambda p: [k for k, v in p]))
with open('bad.json', 'w') as f:
    f.write('{"a": [1, 2,]}')
try:
    with open('bad.json') as f:
        json.load(f)
except json.JSONDecodeError as e:
    print('JSONDecodeError', e)
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
class PointEncoder(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, Point):
            return {'__point__': [o.x, o.y]}
        return json.JSONEncoder.default(self, o)
def as_point(d):
    if '__point__' in d:
        return Point(*d['__point__'])
    return d
s = json.dumps({'p': Point(1, 2), 'q': [Point(3, 4)]}, cls=PointEncoder)
print(s)
obj = json.loads(s, object_hook=as_point)
print(type(obj['p']).__name__, obj['p'].x, obj['q'][0].y)
try:
    json.dumps({'p': Point(1, 2), 'o': object()}, cls=PointEncoder)
except TypeError as e:
    print('TypeError', e)
print(json.dumps([Point(5, 6)], default=lambda o: vars(o)))
