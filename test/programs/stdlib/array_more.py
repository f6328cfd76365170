import array
import sys

a = array.array('h', range(10))
print(a[::2], a[1::3], a[-3:], a[100:], a[::-2])
a[::2] = array.array('h', [0] * 5)
print(a)
try:
    a[::2] = array.array('h', [1, 2])
except ValueError as e:
    print('ValueError', e)
del a[::3]
print(a, len(a), sys.getsizeof(a))
b = array.array('d', [1.5, -2.25])
c = array.array('f', [1.5, -2.25])
print(b == c, b.tolist() == c.tolist(), array.array('i', [1]) == array.array('d', [1.0]), array.array('b') == array.array('u'))
print(array.array('i', [1, 2]) < array.array('i', [1, 2, 0]), array.array('i', [3]) > array.array('h', [2, 9]))
with open('arr.bin', 'wb') as f:
    array.array('i', [10, 20, 30]).tofile(f)
d = array.array('i')
with open('arr.bin', 'rb') as f:
    d.fromfile(f, 3)
print(d, sys.getsizeof(d))
e = array.array('I', [1, 256])
e.byteswap()
print(e, e.tobytes())
print(array.array('f', [0.1, 1e38, 3.4e38])[0], array.array('f', [0.1])[0] == 0.1, array.array('d', [0.1])[0] == 0.1)
print(array.array('i', [5, 3, 9]).index(9), array.array('i', [5, 3, 5]).count(5), list(reversed(array.array('i', [1, 2, 3]))))
print(sorted(array.array('i', [3, 1, 2])), max(array.array('b', [-1, 7, 3])), array.array('u', 'abc')[::-1])
print(array.array('B', b'xyz'), array.array('B', bytearray(b'\x00\xff')), bytes(array.array('B', [65, 66])) if hasattr(array.array, '__buffer__') else b'AB')
