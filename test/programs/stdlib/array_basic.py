import array
import sys

a = array.array('i', [1, 2, 3])
print(a, repr(a), len(a), a[0], a[-1], a[1:], a[::-1], a.typecode, a.itemsize, type(a), array.typecodes)
a.append(4); a.extend([5, 6]); a.insert(0, 0); a.extend(array.array('i', [7]))
print(a, a.tolist(), a.count(2), a.index(3), 5 in a, 9 in a, list(a), sum(a))
print(a.pop(), a.pop(0), a, a.remove(3), a)
a[0] = 10; a[1:3] = array.array('i', [20, 30, 40]); del a[-1]; del a[:1]
print(a, a + array.array('i', [9]), a * 2, 2 * a, a == array.array('i', list(a)), a < array.array('i', [99]))
b = array.array('b', b'\x01\x02\xff')
print(b, b.tobytes(), array.array('h', [1, -2]).tobytes(), array.array('d', [0.5]).tobytes(), array.array('f', [0.1]))
c = array.array('H'); c.frombytes(b'\x01\x00\x02\x00'); c.fromlist([7]); print(c, c.buffer_info()[1])
u = array.array('u', 'hello'); u.fromunicode(' you'); u.append('!')
print(u, u.tounicode(), u[1], len(u), u.itemsize)
for tc in 'bBhHiIlLqQfd':
    x = array.array(tc, [1, 2])
    print(tc, x.itemsize, x, x.tobytes(), sys.getsizeof(x), array.array(tc))
x = array.array('i', [1, 2, 3]); x.reverse(); print(x); x.byteswap(); print(x, x.tolist())
e = array.array('d', (i / 4 for i in range(5))); print(e, e[2], type(e[0]))
print(array.array('i', array.array('i', [5])), array.ArrayType is array.array, array.array('b', range(4)))
f = array.array('i', [3]); f += array.array('i', [4]); f *= 2; print(f)
