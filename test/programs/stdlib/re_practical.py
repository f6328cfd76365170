import re

text = '''Contact: john.doe@example.com, jane_smith99@mail.co.uk; bad@email, x@y.z
Dates: 2023-01-15, 1999/12/31, 15.03.2024 and 2024-13-45.
Phones: (555) 123-4567, 555.987.6543, +1-800-555-0199'''
print(re.findall(r'[\w.+-]+@[\w-]+(?:\.[\w-]+)+', text))
print(re.findall(r'\b(\d{4})-(0[1-9]|1[0-2])-(\d{2})\b', text))
print(re.findall(r'\(?\d{3}\)?[ .-]?\d{3}[.-]\d{4}', text))
print(re.sub(r'(\d{4})-(\d{2})-(\d{2})', r'\3/\2/\1', text.splitlines()[1]))
words = re.findall(r"[A-Za-z']+", "It's a dog's life, isn't it? Yes it's.")
print(words, len(words))
print(re.sub(r'\s+', ' ', '  too    many\t\tspaces \n here ').strip())
print(re.split(r'[;,]\s*', 'a, b;c,   d'))
print(re.sub(r'(?<!^)(?=[A-Z])', '_', 'camelCaseToSnakeCase').lower())
print(re.sub(r'_([a-z])', lambda m: m.group(1).upper(), 'snake_case_to_camel'))
print(re.findall(r'<(\w+)[^>]*>(.*?)</\1>', '<b>bold</b> <i class="x">it</i> <b>no</i>'))
log = '127.0.0.1 - - [10/Oct/2000:13:55:36 -0700] "GET /apache_pb.gif HTTP/1.0" 200 2326'
m = re.match(r'(?P<ip>\S+) \S+ \S+ \[(?P<time>[^\]]+)\] "(?P<method>\w+) (?P<path>\S+) (?P<proto>[^"]+)" (?P<status>\d{3}) (?P<size>\d+)', log)
print(m.groupdict())
print(bool(re.fullmatch(r'[A-Za-z_]\w*', 'valid_name1')), bool(re.fullmatch(r'[A-Za-z_]\w*', '1invalid')))
print(re.sub(r'\b(\w)(\w*)\b', lambda m: m.group(1).upper() + m.group(2), 'the quick brown fox'))
pw = re.compile(r'^(?=.*[a-z])(?=.*[A-Z])(?=.*\d)(?=.*[^\w\s]).{8,}$')
print([bool(pw.match(p)) for p in ['Passw0rd!', 'password', 'Sh0rt!', 'NoDigits!!', 'G00d#Pass']])
print(re.findall(r'\$?\d+(?:,\d{3})*(?:\.\d{2})?', 'Costs $1,234.56 or 99 or $5.00'))
ip = re.compile(r'^((25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(25[0-5]|2[0-4]\d|1?\d?\d)$')
print([bool(ip.match(a)) for a in ['192.168.1.1', '256.1.1.1', '1.2.3', '0.0.0.0']])
print(re.sub(r'(\w+)=(\w+)', r'\g<2>=\g<1>', 'a=1&b=2'), re.subn(r'o', 'O', 'foo boo', 3))
