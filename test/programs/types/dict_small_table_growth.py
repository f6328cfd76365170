# Small dicts (up to 8 entries keep no lookup index in pyheap) growing past that size and
# shrinking again: sizes, order, lookups, deletion then reinsertion, popitem, clear, copy.
import sys


def show(tag, d):
    print(tag, len(d), sys.getsizeof(d), list(d.items()))


def grow_and_shrink(make_key):
    d = {}
    for i in range(14):
        d[make_key(i)] = i
        if i in (0, 4, 5, 7, 8, 9, 10, 13):
            show('grow', d)
        assert all(d[make_key(j)] == j for j in range(i + 1))
        assert make_key(i + 1) not in d
    for i in range(0, 14, 2):
        del d[make_key(i)]
    show('deleted evens', d)
    for i in range(0, 14, 4):
        d[make_key(i)] = -i
    show('reinserted', d)
    print([make_key(i) in d for i in range(14)])
    while len(d) > 3:
        print('popitem', d.popitem())
    show('popped', d)
    d[make_key(100)] = 100
    show('after popitem insert', d)
    c = d.copy()
    show('copy', c)
    d.clear()
    show('cleared', d)
    d[make_key(1)] = 1
    show('after clear', d)


grow_and_shrink(lambda i: 'k%d' % i)
grow_and_shrink(lambda i: i * 7)
grow_and_shrink(lambda i: ('t', i))
grow_and_shrink(lambda i: 'k%d' % i if i % 2 else i)


class S(str):
    pass


# str subclass keys and exact str keys that are equal
d = {'a': 1, 'b': 2}
d[S('a')] = 10
print(d, type(list(d)[0]).__name__, sys.getsizeof(d))
d[S('c')] = 3
print(d, [type(k).__name__ for k in d], d['c'], d.get(S('b')), sys.getsizeof(d))
big = {S('x%d' % i): i for i in range(20)}
print(big['x5'], big.get('x19'), 'x20' in big, sys.getsizeof(big))

# deleting everything one key at a time, then refilling past the small size
d = {i: str(i) for i in range(8)}
for i in range(8):
    del d[i]
    show('emptying', d)
for i in range(20, 32):
    d[i] = i
show('refilled', d)

# the same deletions in a dict that shrinks through pop and setdefault
d = dict.fromkeys('abcdefghij', 0)
show('fromkeys', d)
for k in 'acegi':
    print(d.pop(k), end=' ')
print()
for k in 'xyzacw':
    d.setdefault(k, k.upper())
show('setdefault', d)

# update / | / dict(**) on small and larger dicts
a = {'p': 1, 'q': 2}
b = {'q': 3, 'r': 4, 's': 5, 't': 6, 'u': 7, 'v': 8, 'w': 9}
show('or', a | b)
a.update(b)
show('update', a)
show('dict()', dict(a, z=0))
show('reversed', dict(zip(reversed(list(a)), a.values())))
print(list(reversed(a)), list(reversed(a.items()))[:3])
