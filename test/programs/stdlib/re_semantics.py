import re

cases = [
    (r'a*', 'aaa'), (r'a*?', 'aaa'), (r'a+?b', 'aaab'), (r'(a|ab)(c|bcd)(d*)', 'abcd'), (r'(a+)*', 'b'), (r'(a|b)*', 'ab'), (r'(a|b)*?c', 'abc'), (r'x*', ''), (r'(?:)', 'abc'), (r'a{0}', 'a'),
    (r'(a)|(b)|(c)', 'c'), (r'(a?)((ab)?)(b?)', 'ab'), (r'\w+\s*$', 'hello world  '),
    (r'[^a-z]+', 'ABC123def'), (r'[\]]', ']'), (r'[]a]', 'a'), (r'[a\-z]+', 'a-z'), (r'[-a]+', '-a-'), (r'[a-]+', '-a'),
    (r'\.\*\+', '.*+'), (r'[.]', 'x'), (r'\x41\u0042\103', 'ABC'), (r'[\x41-\x43]+', 'ABCD'), (r'\d\D\w\W\s\S', '1a_ !x'),
    (r'(?s:.)+', 'a\nb'), (r'(?m)^b$', 'a\nb\nc'), (r'\n', '\n'), (r'$', 'abc'), (r'^', 'abc'), (r'\b', ''), (r'\B', ''),
    (r'\B', 'a'), (r'(?i)straße', 'STRASSE'), (r'(?i)[k]', 'K'), (r'(?i)ǅ', 'ǆ'),
]
for pat, s in cases:
    m = re.search(pat, s)
    print(repr(pat), repr(s), m and (m.span(), m.groups()), re.findall(pat, s), re.sub(pat, '#', s))
print(re.findall(r'\b\w', 'a b\tc\nd'), re.findall(r'\B\w', 'ab cd'), re.split(r'\b', 'hi there'))
print(re.sub('(?m)$', '!', 'a\nb\n'), re.sub('$', '!', 'a\nb\n'), re.sub(r'\Z', '!', 'a\n'))
print(re.findall(r'(?<=\d)(?=(\d\d\d)+\b)', '1234567 89'), re.sub('(?=a)', '^', 'banana'))
print(re.match(r'(a)(?P<n>b)?(c)', 'ac').groups(), re.match(r'(a)(?P<n>b)?(c)', 'ac').groupdict('-'))
