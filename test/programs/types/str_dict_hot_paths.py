# The fast paths of dict_str-like code: '%' with one int, str(int), new str keys appended to an
# indexed str table (with resizes that close up holes and shrink it back to a small table).
import sys

# ---- 'fmt' % int
for fmt in ['w%d', '%d', 'x%iy', '%u!', '[%s]', '%d%%', '%%%d', 'abc', '%', 'a%', '%5d', '%-3d|', '%x', '%r',
            'é%d', '%d€']:
    for v in [0, 7, -3, 96, 2 ** 52, -(2 ** 60), True, 3.5]:
        try:
            r = fmt % v
            print(repr(fmt), repr(v), repr(r), sys.getsizeof(r), len(r))
        except Exception as e:
            print(repr(fmt), repr(v), type(e).__name__, e)
seven = '7'
print(('%d' % 7) is seven, ('%s' % 7) is seven, ('w%d' % 7) == 'w' + seven)
try:
    '%d' % (10 ** 5000)
except ValueError as e:
    print('ValueError', str(e)[:40])
try:
    '%s' % (10 ** 5000)
except ValueError as e:
    print('ValueError', str(e)[:40])
x = 12345
before = sys.getrefcount(x)
s = '%d' % x
print(sys.getrefcount(x) - before, s)

# ---- str(int)
for v in [0, 5, -5, 255, 256, 10 ** 20, -(10 ** 20), True, False]:
    r = str(v)
    print(repr(r), sys.getsizeof(r))
for v in [0, 5, -5, 255, 256, 10 ** 20]:
    print(str(v) is str(v))
five = '5'
print(str(5) is five, str(5) == five)
try:
    str(10 ** 5000)
except ValueError as e:
    print('ValueError', str(e)[:40])
class I(int):
    def __str__(self):
        return 'I!'
print(str(I(3)), str(int(I(4))))

# ---- str keys appended to an indexed table
d = {}
sizes = []
for i in range(200):
    d['key' + str(i)] = i
    sizes.append(sys.getsizeof(d))
print(sorted(set(sizes)), len(d), d['key77'], list(d)[:3], list(d)[-3:])
for i in range(195):
    del d['key' + str(i)]
print(len(d), sys.getsizeof(d), list(d))
for i in range(300, 330):
    d['k' + str(i)] = i
    sizes.append(sys.getsizeof(d))
print(len(d), sys.getsizeof(d), list(d)[:8], sorted(set(sizes))[-4:])
d['key199'] = 'again'
print(d['key199'], len(d))

# a table with keys that are not exact strs: the general insertion
class S(str):
    pass
e = {S('a' + str(i)): i for i in range(12)}
for i in range(20):
    e['a' + str(i)] = -i
print(len(e), sys.getsizeof(e), sorted(e.values())[:5], [type(k).__name__ for k in list(e)[10:14]])
f = {i: i for i in range(12)}
for i in range(12):
    f['n' + str(i)] = i
del f[3]
f['n3'] = 'x'
print(len(f), sys.getsizeof(f), list(f)[-3:])

# counting words, as the benchmark does
text = ' '.join('w%d' % (i % 97) for i in range(400))
counts = {}
for w in text.split():
    counts[w] = counts.get(w, 0) + 1
print(len(counts), counts['w5'], sys.getsizeof(counts), list(counts.items())[:3])

# instance dicts with many attributes (split tables, layouts)
class A:
    pass
a = A()
for i in range(15):
    setattr(a, 'attr' + str(i), i)
a.__dict__['extra' + str(1)] = 1
print(len(a.__dict__), sys.getsizeof(a.__dict__), list(a.__dict__)[-3:])
