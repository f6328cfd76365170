# The shortcuts taken for exact strs and ints (concatenation, str(), %-formatting, results known
# to be ASCII, join) must give what the general paths give: values, types, sizes, identities,
# error messages.
import sys


class S(str):
    def __add__(self, other):
        return 'S.__add__(%s)' % other

    def __radd__(self, other):
        return 'S.__radd__(%s)' % other


class T(str):
    pass


class I(int):
    def __repr__(self):
        return 'I-repr'


class J(int):
    pass


# ---- concatenation
print('ab' + 'cd', 'ab' + S('x'), S('x') + 'ab', T('t') + 'u', type(T('t') + 'u').__name__)
for a, b in [('', 'x'), ('x', ''), ('', '')]:
    r = a + b
    print(repr(r), sys.getsizeof(r))
x = 'abc'
print(x + '' is x, '' + x is x)
try:
    'a' + 1
except TypeError as e:
    print(e)
try:
    'a' + None
except TypeError as e:
    print(e)
for a, b in [('abc', 'd\xe9'), ('\u20ac', 'x'), ('\U0001F600', 'y'), ('z', '\U0001F600'), ('\u20ac', '\u20ac')]:
    r = a + b
    print(ascii(r), len(r), sys.getsizeof(r))
s = ''
for i in range(300):
    s += str(i % 10)
print(len(s), sys.getsizeof(s), s[:12], s[-5:])
u = '\u20ac'
for i in range(200):
    u += '\u20acx'
print(len(u), sys.getsizeof(u), ascii(u[:4]))

# ---- str()
print(str(5), str(-12345), str(10 ** 20), str(I(3)), str(J(4)), str(True), str(), str('q'), str(T('t')))
print(type(str(T('t'))).__name__, str(b'ab', 'ascii'), str(object=7), str(b'\xc3\xa9', encoding='utf-8'))
print(str(5) == '5', sys.getsizeof(str(7)), sys.getsizeof(str(123)))
try:
    str(1, 2, 3, 4)
except TypeError as e:
    print(e)
try:
    str(x=1)
except TypeError as e:
    print(e)
try:
    str(5, 'ascii')
except TypeError as e:
    print(e)
n = 100000
refs = sys.getrefcount(n)
t = str(n)
print(t, sys.getrefcount(n) == refs, sys.getrefcount(t))

# ---- %-formatting
fmts = ['w%d', '%5d|%-5d|%05d', '%+d % d', '%x %X %#x %#o', '%.3d', '%i %u', '%s', '%r', '%a',
        '%c', '%5.2f', '%%', '%-6s|', '%.2s']
args = [(7,), (3, -4, 5), (6, 7), (255, 255, 255, 8), (9,), (10, 11), ('\xe9',), ('\xe9',), ('\xe9',),
        (233,), (3.14159,), (), ('ab',), ('abc',)]
for f, a in zip(fmts, args):
    print(repr(f % a))
print('%d %d' % (True, False), '%d' % J(12), '%d' % I(13), '%d' % 3.99, '%s' % 10 ** 25)
print('%*d|%-*d|%.*f' % (6, 1, 6, 2, 2, 3.14159))
print('%(a)s-%(b)d' % {'a': 'x', 'b': 2})
for f, a in [('%d', 'x'), ('%', ()), ('%5', (1,)), ('%y', 1), ('ab%\U0001F600', 1), ('\U0001F600%q', 1),
             ('%d %d', (1,)), ('%d', (1, 2)), ('%(a)s', 1), ('%*d', ('x', 1)), ('%c', 'ab')]:
    try:
        print(f % a)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print(repr(b'%d-%s-%%' % (5, b'ab')))

# ---- results known to be ASCII
text = 'alpha beta  gamma'
for r in [text.split(), text.split(' '), text.rsplit(None, 1), text.upper().split(), text[2:9], text[::3],
          text.strip('ag'), '  x  '.strip(), text.replace('a', 'A'), text.replace('a', '\xe9'),
          text.replace('a', '\u20ac', 2), text.lower(), 'ÀÉ'.lower(), 'straße'.upper(), 'x\ny\n'.splitlines()]:
    items = r if isinstance(r, list) else [r]
    print([(ascii(p), sys.getsizeof(p)) for p in items])
t = T('a b')
print([type(p).__name__ for p in t.split()], type(t.upper()).__name__, type(t[0:3]).__name__, t[0:3] is t)
print(text.split('zzz')[0] is text, text.strip() is text, text.replace('zzz', 'y') is text, text[:] is text)

# ---- join
for sep, parts in [(' ', ['a', 'b']), ('-', ['a', '\xe9']), ('\u20ac', ['a', 'b']), ('', ['\U0001F600', 'x']),
                   ('', []), ('', ['only']), (',', ['x', T('y')]), ('\xe9', [T('yy')]), ('\u20ac', [T('yy')]),
                   ('\xe9', [T('\xe9\xe9')])]:
    r = sep.join(parts)
    print(ascii(r), len(r), sys.getsizeof(r), type(r).__name__)
only = 'only'
print(''.join([only]) is only)
try:
    ' '.join(['a', 1])
except TypeError as e:
    print(e)

# ---- one-digit ints and their sizes
for v in [255, 256, 257, -5, -6, 2 ** 30 - 1, 2 ** 30, -(2 ** 30) + 1, -(2 ** 30), 2 ** 60]:
    w = v + 0
    print(v, sys.getsizeof(w), w == v)
