import json
import re

doc = '{"😀": "🎉 party", "k": [1, "a😀b"], "n": 😀}'
try:
    json.loads(doc)
except json.JSONDecodeError as e:
    print(e, e.pos, e.colno, doc[e.pos])
print(json.loads('{"😀": "🎉 party", "k": [1, "a😀b"]}'))
for bad in ['["😀", x]', '"😀\\q"', '["😀😀", 1,]', '{"😀" 1}', '"😀\x01"', '["😀"] 😀']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(repr(bad), e)
print(json.JSONDecoder().raw_decode('😀', 0) if False else json.JSONDecoder().raw_decode('  "😀" tail', 2))
print(json.dumps(['😀', 'é', {'😀': '\U0010ffff'}]), json.dumps('😀', ensure_ascii=False))
s = 'a😀b😀😀c d😀'
print([m.span() for m in re.finditer(r'😀+', s)], re.findall(r'\w', s), re.split('😀', s), re.sub('😀', '-', s))
print(re.search(r'(😀)(\w)', s).span(2), re.subn(r'(?<=😀)\w', '#', s), re.findall('', '😀😀'))
deep = '[' * 50 + ']' * 50
print(len(json.loads(deep)), json.dumps(json.loads(deep))[:10])
