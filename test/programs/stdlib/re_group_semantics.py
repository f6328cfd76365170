# Groups inside repeated groups and back-references: the patterns pyheap's re accepts (their
# groups always take the same value as in CPython). The refused neighbours are in
# test/unit/re-refusals.test.mjs.
import re

patterns = [
    r'(?:(\d+)\.)+', r'(\w+\s?)+', r'((\d)+)', r'(?:(\d)+,)+', r'(?:(a)b)*', r'((a)b)+',
    r'(?:(a)(?:b|c))+', r'(a){2}', r'(?:(a)?){1}', r'(a)*+b', r'(?:(a)\1)*', r'(?=(a))a\1',
    r'(?!(b))a', r'(a)b\1', r'(?:(a)\1|b)', r'(?P<q>[\'"])\w+(?P=q)', r'(a)(?:\1)+',
    r'(?:(a)|b)(c)\2', r'(?:((a)|b)c)', r'(?:(x)(y)?z)', r'(?:(x)(?:y)*(z))+', r'(?:(?:(\w)-)+)',
    r'(?>(a)b)+', r'(?:(?=(\w))\w)+', r'(\w)(\w)?', r'(a|(b))', r'(?:(a)+)+', r'([ab])(?:\1c)*',
    r'(\w+)(?:,\s*\1)*', r'(?:(\d)(\d))+', r'(?:(a)b){2,3}', r'(a)?', r'(a)*', r'(a|b)*c',
    r'(a?){2}', r'(a?)+?', r'(a?)+?b', r'(?:(a?)b?){3}', r'(a*?)+?c', r'(\w+)*', r'(a+)?',
]
subjects = ['1.22.333.', 'ab cd ef', '123', '12,34,', 'abab', 'abac', 'aa', 'a', 'aab', 'aaaa',
            '"hi"', "'x'", 'acc', 'bc', 'xz', 'xyz', 'xyyzxz', 'a-b-c-', 'ab', 'bb', 'abcac',
            'foo, foo,foo', '1234', 'ababab', 'c', 'abc', '']
for p in patterns:
    rx = re.compile(p)
    results = []
    for s in subjects:
        m = rx.match(s)
        if m:
            results.append((s, m.group(0), m.groups(), m.lastindex))
    print(repr(p), rx.groups, results)
    print('  findall', [rx.findall(s) for s in subjects[:12]])

# back-references in the replacement and in the pattern
print(re.sub(r'(\w+) \1', r'<\1>', 'the the cat cat sat'))
print(re.findall(r'(?:(\w)\1)+', 'aabbcd eeff'))
print(re.sub(r'(?:(\d+)\.)+', r'[\1]', 'v1.2.3. and 10.20.'))
print([m.span(1) for m in re.finditer(r'(?:(\d)+,)+', '12,34, 5,')])
