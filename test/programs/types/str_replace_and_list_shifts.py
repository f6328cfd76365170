# str.replace over every occurrence and with a count (non-overlapping, left to right; identity
# when nothing changes; kinds of the result), and list operations that move the tail of a list
# (pop(0), del of a slice, remove, slice assignment that grows or shrinks, insert), checked by
# content, refcounts and sizes.
import sys

cases = [
    ('aaa', 'aa', 'b'), ('aaaa', 'aa', ''), ('abab', 'ab', 'abab'), ('', 'a', 'b'),
    ('banana', 'an', 'AN'), ('x', 'x', 'x'), ('héllo wörld', 'ö', 'o'), ('ab\U0001f600ab', 'b', '\U0001f601'),
    ('a\U0001f600a', '\U0001f600', ''), ('mississippi', 'ss', 's'), ('abc', '', '-'), ('abc', 'abc', ''),
]
for s, old, new in cases:
    print(repr(s.replace(old, new)), repr(s.replace(old, new, 1)), repr(s.replace(old, new, 0)),
          repr(s.replace(old, new, -1)), repr(s.replace(old, new, 2)))
s = 'nothing to see'
print(s.replace('z', 'y') is s, s.replace('see', 'see') == s, type(s.replace('o', '0')).__name__)
big = 'ab' * 100000
r = big.replace('a', 'xy')
print(len(r), r[:7], r[-5:], r.count('xy'), sys.getsizeof(r) - sys.getsizeof(big))
r = big.replace('b', '\u20ac')
print(len(r), sys.getsizeof(r), r[-3:] == 'a\u20aca'[-3:])


class Item:
    pass


items = [Item() for _ in range(2000)]
a = list(items)
firsts = [a.pop(0) for _ in range(5)]
print(len(a), firsts[0] is items[0], a[0] is items[5], sys.getrefcount(items[0]), sys.getsizeof(a))
del a[0:100]
print(len(a), a[0] is items[105], sys.getrefcount(items[50]), sys.getsizeof(a))
a.remove(items[200])
print(len(a), items[200] in a, sys.getrefcount(items[200]))
a[10:20] = items[:3]
print(len(a), a[10] is items[0], a[13] is items[118], sys.getsizeof(a))
a[0:1] = items[:1500]
print(len(a), a[1499] is items[1499], a[1500] is items[106], sys.getsizeof(a))
a.insert(0, 'head')
print(a[0], len(a), sys.getsizeof(a))
while len(a) > 3:
    a.pop(0)
print(len(a), sys.getsizeof(a), [type(x).__name__ for x in a])
