import re

# match / search / fullmatch at the start, anywhere, whole string
for pat, s in [(r'\d+', '123abc'), (r'\d+', 'abc123'), (r'a|ab', 'ab'), (r'ab*', 'abbbc'),
               (r'a.c', 'a\nc'), (r'^abc$', 'abc\n'), (r'x?', ''), (r'[a-c]+', 'xxabcabd')]:
    print(pat, repr(s), re.match(pat, s), re.search(pat, s), re.fullmatch(pat, s))

p = re.compile(r'o[a-z]')
print(p.search('hello world', 5), p.search('hello world', 5, 8), p.match('hello world', 4))
print(p.fullmatch('xxor', 2), p.fullmatch('xxorz', 2, 4), p.search('foo', -5, 100))
print(p.pattern, p.flags, p.groups, p.groupindex)
print(re.compile('a') == re.compile('a'), re.compile('a') is re.compile('a'))
print(re.match('(?:ab)+', 'ababab').group(), re.match('a{2,3}', 'aaaa').group())
print(re.match('a{,2}', 'aaaa').group(), re.match('a{2}', 'aaaa').group(), re.match('a{x}', 'a{x}').group())
print(re.match('a{2,}?', 'aaaa').group(), re.match('a+?', 'aaaa').group(), re.match('a*?b', 'aab').group())
print(re.search(r'\bcat\b', 'concat cat category').span())
print(re.search(r'\Bcat', 'concat cat').span())
print(re.findall(r'\Aab|ab\Z', 'ab ab ab'))
print(re.escape('1.5*[x]+(y)?{z}|^$\\ #&~-'))
print(re.escape(b'a.b'), re.purge())
