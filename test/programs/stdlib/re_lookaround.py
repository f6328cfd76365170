import re

print(re.findall(r'\w+(?=,)', 'a, b, c d'), re.findall(r'\w+(?!,)\b', 'a, b, c d'))
print(re.findall(r'(?<=\$)\d+', 'cost $30 or $45, not 50'), re.findall(r'(?<!\$)\b\d+', 'cost $30 or 45'))
print(re.search(r'(?<=ab)c', 'abc'), re.search(r'(?<=a|b)c', 'bc'), re.search(r'(?<=(a))c', 'ac').groups())
print(re.sub(r'(?<=\d)(?=(\d{3})+$)', ',', '1234567'))
print(re.match(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abc123'), re.match(r'(?=.*\d)(?=.*[a-z]).{6,}', 'abcdef'))
print(re.match(r'(?>a+)ab', 'aaab'), re.match(r'(?>a+)b', 'aaab'), re.match(r'(?>(a+))b', 'aab').groups())
print(re.match(r'a*+a', 'aaa'), re.match(r'a*+b', 'aab'), re.match(r'(?:ab)++', 'ababa'), re.match(r'x?+x', 'x'))
print(re.match(r'a{1,2}+a', 'aa'), re.match(r'a{1,2}+a', 'aaa'))
print(re.search(r'(\w)(?=(\w))', 'ab').groups())
print(re.findall(r'(?<=\b)\w', 'ab cd'))
print(re.search('(?<=^)a', 'a'), re.search(r'b(?<=a\w)', 'ab'))
