# memoryview over bytes and bytearray: views, slices with steps, assignment, release and 'with',
# the bytearray's export (BufferError on resize), the references a view holds, sizes and errors.
import sys, gc
m = memoryview(b'abcdef')
print(sys.getsizeof(m), gc.is_tracked(m), repr(m)[:12], m.format, m.itemsize, m.ndim, m.shape, m.strides, m.suboffsets, m.readonly, m.nbytes, m.c_contiguous)
print(m[1], m[1:4].tobytes(), m[::2].tolist(), m[::2].strides, m[::2].contiguous, m.hex(), m.hex(':'), list(m)[:2], type(iter(m)).__name__, m == b'abcdef', hash(m) == hash(b'abcdef'), m.obj)
ba = bytearray(b'xyz'); mv = memoryview(ba); mv[0] = 65; print(ba, mv.readonly)
for op in (lambda: ba.append(1), lambda: ba.pop(), lambda: ba.extend(b'q'), lambda: ba.clear(), lambda: ba.__delitem__(0), lambda: ba.remove(65), lambda: ba.__setitem__(slice(0, 1), b'')):
    try:
        op()
    except BufferError as e:
        print('BufferError', e, ba)
ba[0:1] = b'Q'; print('same-size slice ok', ba)
mv.release(); ba.append(66); print(ba, repr(mv)[:20], mv.released if hasattr(mv, 'released') else '')
try: mv[0]
except ValueError as e: print(e)
try: hash(memoryview(bytearray(b'a')))
except ValueError as e: print(e)
with memoryview(b'ab') as q: print(q.tobytes())
print(repr(q)[:20])
print(bytes(memoryview(b'hi')[::-1]), bytearray(memoryview(b'qq')), memoryview(memoryview(b'z')).obj)
mm = memoryview(bytearray(b'abcd')); mm[1:3] = b'XY'; print(mm.obj)
try: mm[1:3] = b'XYZ'
except ValueError as e: print(e)
try: memoryview('s')
except TypeError as e: print(e)
try: m[10]
except IndexError as e: print(e)
try: m[0] = 1
except TypeError as e: print(e)
try: mm[0] = 256
except ValueError as e: print(e)
print(memoryview(b'a') == memoryview(b'a'), memoryview(b'a') != 'a', len(m), m[-1], m[::-1].tobytes(), m[1:5:2][1], m[-2:].tolist())
b = bytearray(b'abc')
print(sys.getrefcount(b))
m1 = memoryview(b); print(sys.getrefcount(b))
m2 = m1[1:]; m3 = memoryview(m1); print(sys.getrefcount(b), m3.obj is b)
m1.release(); print(sys.getrefcount(b))
m2.release(); m3.release(); print(sys.getrefcount(b))
x = memoryview(b); print(sys.getrefcount(b)); del x; print(sys.getrefcount(b))
r = gc.get_referents(memoryview(b'x'))
print(type(r[0]).__name__)
print(b'ab' + memoryview(b'cd'), b''.join([memoryview(b'x'), b'y']), bytearray(b'a') + memoryview(b'b'))
