import array
import sys

def sz(a):
    return sys.getsizeof(a)

a = array.array('i')
print(sz(a), a.__sizeof__())
sizes = []
for n in range(40):
    a.append(n)
    sizes.append(sz(a))
print(sizes)
for _ in range(30):
    a.pop()
print(sz(a), len(a))
del a[:]
print(sz(a))
print(sz(array.array('b', b'abc')), sz(array.array('b', bytearray(b'abcde'))), sz(array.array('i', (1, 2, 3))), sz(array.array('i', iter([1, 2, 3]))))
b = array.array('b'); b.frombytes(b'abc'); print(sz(b)); b.fromlist([1, 2, 3]); print(sz(b)); b.extend([1] * 20); print(sz(b))
c = array.array('b', [1] * 10); c[2:5] = array.array('b'); print(sz(c)); c *= 3; print(sz(c), sz(c + c), sz(c * 2), sz(c[1:4]))
c.insert(0, 5); print(sz(c)); c.remove(5); print(sz(c))
print(sz(array.array('d', [1.0] * 5)), sz(array.array('u', 'abc')), sz(array.array('q', range(100))))
for tc, v in [('b', 128), ('b', -129), ('B', -1), ('B', 256), ('h', 2**15), ('h', -2**15 - 1), ('H', -1), ('H', 2**16), ('i', 2**31),
              ('i', -2**31 - 1), ('I', -1), ('I', 2**32), ('l', 2**63), ('L', -1), ('q', 2**63), ('Q', -1), ('Q', 2**64),
              ('b', 1.5), ('f', 'x'), ('d', None), ('u', 1), ('u', 'ab'), ('i', '1')]:
    try:
        array.array(tc, [v])
    except (OverflowError, TypeError) as e:
        print(tc, v, type(e).__name__, e)
for call in [lambda: array.array('z'), lambda: array.array('i', 'abc'), lambda: array.array('i', [1]) + array.array('b'),
             lambda: array.array('i', [1])[5], lambda: array.array('i').pop(), lambda: array.array('i', [1]).remove(3),
             lambda: array.array('i', [1]).index(3), lambda: array.array('i').frombytes(b'abc'), lambda: array.array('i').append('x'),
             lambda: array.array('i', [1]) + [2], lambda: array.array('b').tounicode(), lambda: hash(array.array('b'))]:
    try:
        print(call())
    except (ValueError, TypeError, IndexError) as e:
        print(type(e).__name__, e)
try:
    x = array.array('i', [1, 2])
    x[0:2] = [1]
except TypeError as e:
    print('TypeError', e)
try:
    x = array.array('i', [1, 2])
    x[5] = 1
except IndexError as e:
    print('IndexError', e)
