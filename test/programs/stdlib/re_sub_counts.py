import re

print(re.subn(r'x*', '-', 'abc'), re.subn(r'x*', '-', ''), re.subn(r'\b', '|', 'hi you'))
print(re.sub('a', 'b', 'aaaa', count=2), re.sub('a', 'b', 'aaaa', 0), re.subn('a', 'b', 'aaaa', -1))
calls = []
def record(m):
    calls.append((m.start(), m.group()))
    return '<%s>' % m.group().upper()
print(re.sub(r'\w+', record, 'one two  three'), calls)
print(re.sub(r'(\d+)', lambda m: None or '', 'a1b22'), re.sub(r'(?P<d>\d)', r'\g<d>\g<d>', 'x1y2'))
print(re.sub(r'(a)(b)?', r'[\2]', 'a ab'), re.sub(r'', '-', ''), re.sub('$', 'END', 'line\n'))
p = re.compile(r'(?m)^(\s*)#\s*(.*)$')
print(p.sub(r'\1// \2', 'code\n  # comment one\n#two'))
print(re.sub(r'[aeiou]', lambda m: str(ord(m.group())), 'education'))
print(re.sub(r'(?i)hello', 'bye', 'Hello HELLO hello'), re.sub('o', r'\\', 'foo'), re.sub('o', '\\\\n', 'o'))
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.subn(rb'x', lambda m: b'y', b'xx'))
try:
    re.sub(b'x', lambda m: 'str', b'x')
except TypeError as e:
    print('TypeError', e)
print(re.sub('a', r'\x', 'b'))
try:
    re.sub('a', r'\x', 'a')
except re.error as e:
    print('error', e)
