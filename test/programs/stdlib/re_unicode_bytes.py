import re

s = 'naïve café 😀 résumé'
print(re.findall(r'\w+', s), [m.span() for m in re.finditer(r'\w+', s)])
print(re.search('😀', s).span(), re.sub('é', 'e', s), re.split(r'\s', s))
print(re.findall('.', 'a😀b'), re.match('^.$', '😀'), re.search('[😀-😂]', 'x😁y'))
print(re.findall(r'[À-ÿ]', 'Àbcÿ'), re.findall('(?i)É', 'éÉ'), re.findall(r'\W', 'a-b c!'))
print(re.match(r'\u00e9\U0001F600\x41\101\0', 'é😀AA\x00'))
b = b'key1=val1;key2=val2'
print(re.findall(rb'(\w+)=(\w+)', b), re.split(rb';', b), re.sub(rb'\d', b'#', b))
m = re.search(rb'(?P<k>\w+)=', b)
print(m, m.group('k'), m.groupdict(), m.span())
print(re.match(rb'\xff+', b'\xff\xff\x00'), re.findall(rb'\s', b' \t\x1c\xa0'), re.findall(rb'\w', b'a\xe9'))
print(re.search(rb'x', bytearray(b'axb')), re.sub(b'a', b'b', bytearray(b'aa')))
print(re.findall(r'[\d\s]+', '12 34x5'), re.findall(r'[^\d\s]+', '12 ab 34cd'))
print(re.fullmatch(r'[\w.-]+@[\w-]+\.\w+', 'joe.bloggs@mail-host.com'))
