import re

bad = ['(', ')', 'a)', '(a', 'a**', '*a', '+', 'a|*', '[a', '[', '[]', '[a-', '[z-a]', r'[\w-z]',
       r'\q', r'\\', '\\', r'a\\b\\', '(?P<1a>x)', '(?P<a>x)(?P<a>y)', '(?P=x)', '(?P<a>(?P=a))',
       '(?<=a+)b', '(?<!ab|c)d', 'a{3,1}', r'(a)\2', r'\1(a)', '(?i', 'a(?i)b', '(?z)', '(?', '(?P',
       '(?Px)', '(?<x)', '(?#abc', '(?i-i:a)', '(?-:a)', '(?a-a:x)', '(?L)a', '(?au)a', r'\x4', r'\u12',
       r'\U0011ffff', r'[\1]', r'\400', r'(?P<a', r'(?P<>a)', 'x{1,2}{3}', 'a??+', 'a++*', '(?:)*',
       'a\n(\nb', '(?ix', '(?i:a', '(?-i)', r'\8', '^*', r'\b+']
for p in bad:
    try:
        c = re.compile(p)
        print(repr(p), 'compiled', c.groups)
    except re.error as e:
        print(repr(p), '|', e, '|', e.msg, e.pos, e.lineno, e.colno, e.pattern == p)
    except Exception as e:
        print(repr(p), type(e).__name__, e)
for p in [b'\\u1234', b'(?u)x', b'\\N{DASH}']:
    try:
        re.compile(p)
        print(p, 'compiled')
    except re.error as e:
        print(p, '|', e)
try:
    re.compile(123)
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', 5)
except TypeError as e:
    print('TypeError', e)
try:
    re.match('a', b'a')
except TypeError as e:
    print('TypeError', e)
try:
    re.match(b'a', 'a')
except TypeError as e:
    print('TypeError', e)
e = re.error('boom', 'ab\ncd', 4)
print(e, e.lineno, e.colno, re.error('plain'), issubclass(re.error, Exception))
