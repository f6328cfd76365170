import re

print(re.I, re.M, re.S, re.X, re.A, re.U, re.I | re.M, int(re.I | re.S), re.NOFLAG)
print(re.IGNORECASE == 2, re.compile('a', re.I).flags, re.compile(b'a').flags, re.compile('a', re.A).flags)
print(re.compile('a', re.I | re.M | re.S), re.compile(b'x', re.I), re.compile('(?s)x'))
print(re.findall('a', 'aAaA', re.I), re.findall('[a-c]+', 'ABCabcD', re.I))
print(re.match('.', '\n'), re.match('.', '\n', re.S), re.match('(?s).', '\n'))
print(re.findall('^x', 'x\nx\nx'), re.findall('^x', 'x\nx\nx', re.M), re.findall('x$', 'x\nx\nx', re.M))
print(re.findall(r'x$', 'x\n'), re.search(r'x\Z', 'x\n'), re.findall('$', 'a\nb\n'))
print(re.findall(r'\w+', 'héllo wörld', re.A), re.findall(r'\w+', 'héllo wörld'))
print(re.findall(r'\d', '١٢3'), re.findall(r'\d', '١٢3', re.ASCII))
print(re.findall(r'\s', ' \t\x1c\xa0\u2003x'), re.findall(r'\s', ' \t\x1c\xa0x', re.A))
pat = re.compile(r'''
    (\d+)   # the number
    \s*     # optional space
    ([a-z]+) # the unit
''', re.VERBOSE)
print(pat.match('12 kg').groups(), pat.match('5m').groups())
print(re.match(r'(?i:AB)c', 'abc'), re.match(r'(?i:AB)c', 'abC'), re.match(r'a(?-i:B)', 'AB', re.I), re.match(r'a(?-i:B)', 'Ab', re.I))
print(re.match(r'(?i)[^a]', 'A'), re.match(r'(?x) a # c\n b', 'ab'), re.match(r'(?m:^b)', 'b'))
print(re.match(rb'(?i)\xe9', b'\xc9'), re.match(b'[a-z]+', b'ABC', re.I))
print(re.search('(?a)\\w+', 'éa'), re.search(r'(?u)\w+', 'éa'))
for bad in [(b'a', re.U), ('a', re.L), ('a', re.A | re.U)]:
    try:
        re.compile(*bad)
    except ValueError as e:
        print('ValueError', e)
try:
    re.compile(re.compile('a'), re.I)
except ValueError as e:
    print('ValueError', e)
