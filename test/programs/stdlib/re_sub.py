import re

print(re.sub(r'(\w+) (\w+)', r'\2 \1', 'hello world, good day'))
print(re.sub(r'(?P<k>\w+)=(?P<v>\w+)', r'\g<v>:\g<k>', 'a=1 b=2'))
print(re.sub(r'a', r'\n\t\\', 'xax'))
print(re.sub('x*', '-', 'abxd'), re.sub('', '-', 'abc'), re.sub('a|', '-', 'baac'))
print(re.sub(r'\d+', lambda m: str(int(m.group()) + 1), 'a9 b99 c'))
print(re.subn(r'o', '0', 'foo boo', count=2), re.sub('o', '0', 'foo', 1))
print(re.sub(r'(a)|b', r'[\1]', 'ab'))
print(re.sub(b'a', b'\\x', b'') if False else re.sub(b'(a)', b'<\\1>', b'banana'))
print(re.sub(r'\s+', ' ', '  lots   of\n\nspace  ').strip())
print(re.subn('(?i)HELLO', 'bye', 'Hello hello HELLO'))
print(re.sub(r'(\d)', r'\g<1>0', '1 2'), re.sub(r'x', r'\101', 'x'))
def repl(m):
    return m.group(0).upper() if m.group(0) != 'skip' else m.group(0)
print(re.sub(r'\w+', repl, 'do skip this'))
for bad in [r'\g<2>', r'\3', r'\g<x', r'\g<>', r'\q', r'\g<1a>', 'ok\\']:
    try:
        print(re.sub(r'(a)', bad, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
try:
    re.sub('(a)', r'\g<name>', 'a')
except IndexError as e:
    print('IndexError', e)
try:
    re.sub('a', lambda m: 5, 'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.sub('a', b'x', 'a')
except TypeError as e:
    print('TypeError', e)
