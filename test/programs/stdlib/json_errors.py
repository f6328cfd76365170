import json

bad = ['', '   ', 'x', '[', ']', '[1', '[1,', '[1,]', '[,1]', '[1 2]', '{', '{"a"', '{"a" 1}', '{"a":}', '{"a":1',
       '{"a":1,}', '{"a":1 "b":2}', '{1:2}', "{'a':1}", '"', '"abc', '"a\\', '"\\q"', '"\\u12"', '"\\uzzzz"',
       '"a\nb"', '"\x00"', 'tru', 'nul', 'True', '01', '-', '-a', '1.', '.1', '1e', '1e+', '+1', '0x10',
       '[1]]', '{} {}', '1 2', '"a" "b"', 'nan', '-inf', '[1,\n2,\n  x]', '\n\n   @', '\ufeff[]', '[\ufeff]']
for t in bad:
    try:
        v = json.loads(t)
        print(repr(t), 'ok', v)
    except json.JSONDecodeError as e:
        print(repr(t), '|', e, '|', repr(e.msg), e.pos, e.lineno, e.colno, e.doc == t)
print(issubclass(json.JSONDecodeError, ValueError), json.JSONDecodeError.__module__, json.decoder.JSONDecodeError is json.JSONDecodeError)
e = json.JSONDecodeError('Boom', 'ab\ncd', 4)
print(e, e.args, e.lineno, e.colno)
for obj in [object(), {1, 2}, b'bytes', 1j, json]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print('TypeError', e)
for obj in [{(1,): 2}, {frozenset(): 1}]:
    try:
        json.dumps(obj)
    except TypeError as e:
        print('TypeError', e)
a = {}
a['self'] = a
b = [1]
b.append([b])
for obj in [a, b]:
    try:
        json.dumps(obj)
    except ValueError as e:
        print('ValueError', e)
try:
    json.dumps(b, check_circular=False)
except RecursionError:
    print('RecursionError')
for v in [float('nan'), float('inf'), [float('-inf')], {'k': float('nan')}]:
    for kw in [{}, {'indent': 2}]:
        try:
            print(json.dumps(v, allow_nan=False, **kw))
        except ValueError as e:
            print('ValueError', e)
for s in [1, None, [1]]:
    try:
        json.loads(s)
    except TypeError as e:
        print('TypeError', e)
