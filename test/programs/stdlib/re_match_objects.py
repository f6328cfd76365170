import re
import sys

s = 'The year 2024 and 1999'
p = re.compile(r'(?P<num>\d+)')
m = p.search(s)
print(m.re is p, m.string is s, m.pos, m.endpos, m.regs, bool(m), type(m).__name__, type(p).__name__)
print(re.Match, re.Pattern, isinstance(m, re.Match), isinstance(p, re.Pattern))
print(sys.getrefcount(m), sys.getrefcount(p) >= 2)
m2 = p.search(s, 10)
print(m2, m2.pos, p.search(s, 10, 12), p.match(s, 9), p.fullmatch(s, 9, 13))
ms = list(p.finditer(s))
print(ms, [x.start() for x in ms], [x['num'] for x in ms])
print(m.expand(r'[\1|\g<num>|\g<0>]'), m.span('num'), m.start(1), m.end('num'))
try:
    re.Match()
except TypeError as e:
    print('TypeError', e)
try:
    m.group(2)
except IndexError as e:
    print('IndexError', e)
print(repr(re.match('a\nb', 'a\nb')), repr(re.match(b'x"y', b'x"y')), repr(re.match('.{3}', "it's")))
long_pattern = re.compile('x' * 300)
print(repr(long_pattern)[:30], len(repr(long_pattern)))
print(re.compile('a', re.I | re.X), re.compile(b'a', re.L), re.compile('(?a)x'), re.compile('x', re.DEBUG if False else 0))
del m, ms
print(p.groups, p.groupindex, p.pattern, p.flags)
print(hash(re.compile('h')) == hash(re.compile('h')), re.compile('a') != re.compile('b'), re.compile('a', re.I) == re.compile('a'))
