import re

m = re.match(r'(?P<year>\d{4})-(?P<month>\d\d)(-(?P<day>\d\d))?', '2024-03 rest')
print(m)
print(m.group(), m.group(0), m.group(1), m.group('month'), m.group(1, 'month', 4))
print(m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
print(m.start(), m.end(), m.span(), m.span('day'), m.start(3), m.end(2))
print(m.lastindex, m.lastgroup, m.pos, m.endpos, m.re, m.string, m.regs)
print(m[0], m[1], m['year'])
for bad in [5, 'nope', -1]:
    try:
        m.group(bad)
    except IndexError as e:
        print('IndexError', e)
print(re.match(r'((a)(b))', 'ab').lastindex, re.match(r'(a)(b)', 'ab').lastindex)
print(re.match(r'(a)|(b)', 'b').lastindex, re.match(r'(?P<x>a)(?P<y>b)?', 'a').lastgroup)
print(re.match(r'(a)(?:b)', 'ab').lastindex, re.match('ab', 'ab').lastindex)
print(re.match(r'(\w)\1', 'aa'), re.match(r'(\w)\1', 'ab'))
print(re.match(r'(?P<c>.)(?P=c)', 'xx'), re.search(r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)\10', 'abcdefghijj'))
print(re.match(r'(?P<w>\w+) (?P=w)', 'hey hey there').groupdict())
print(m.expand(r'\g<month>/\g<year> \2 \g<0>'))
print(re.compile(r'(?P<a>x)(?P<b>y)').groupindex)
print(re.match(r'(?:(\w)\.)+', 'a.b.').groups(), re.match(r'(?:(a)|b)', 'ba'))
print(re.findall(r'(a)(b)?', 'ab a'))
print(re.fullmatch(r'(\d+)-(\d+)', '10-20').groups())
