import struct

fmts = ['i', '<i', '>i', '!I', '=h', 'b', 'B', '?', 'c', 'q', '<Q', 'l', '<l', 'L', 'n', 'N', 'P', 'e', 'f', 'd',
        '<e', '>f', '<d', '5s', '3p', 'x', '2x', 'hi', 'ih', 'bq', '<bq', '@bhiq', '3i', '0s', 'c?xh', '2e']
for f in fmts:
    print(repr(f), struct.calcsize(f))
print(struct.pack('<i', 1), struct.pack('>i', -2), struct.pack('<IH', 0xdeadbeef, 0xbeef), struct.pack('@bi', 1, 2))
print(struct.pack('<q', -2**63), struct.pack('>Q', 2**64 - 1), struct.pack('?', 'x'), struct.pack('?', 0), struct.pack('c', b'z'))
print(struct.pack('5s', b'ab'), struct.pack('2s', b'abcdef'), struct.pack('4p', b'abcdef'), struct.pack('1p', b'x'), struct.pack('x2xb', 7))
for v in [0.0, -0.0, 1.0, 0.1, -2.5, 1e10, 3.4e38, 1e-45, 65504.0, 1e-7, 6e-8, 0.333, float('inf'), -float('inf')]:
    e = struct.pack('<e', v) if abs(v) < 65520 else b'--'
    print(v, e, struct.pack('<f', v) if abs(v) < 3.5e38 else b'--', struct.pack('>d', v))
    if e != b'--':
        print(struct.unpack('<e', e), struct.unpack('<f', struct.pack('<f', v)) if abs(v) < 3.5e38 else '', struct.unpack('>d', struct.pack('>d', v)))
print(struct.unpack('<hHiI', struct.pack('<hHiI', -1, 65535, -7, 7)), struct.unpack('>bB?c', b'\xff\xff\x02z'))
print(struct.unpack('3s2p', b'abc\x01xy'), struct.unpack('<2h', b'\x01\x00\x02\x00'), struct.unpack('@bxi', struct.pack('@bxi', 1, 2)))
print(struct.unpack_from('<h', b'\x00\x01\x02\x03', 1), struct.unpack_from('<h', b'\x00\x01\x02\x03', offset=2), struct.unpack_from('>h', bytearray(b'\x00\x05')))
print(list(struct.iter_unpack('<hb', b'\x01\x00\x02\x03\x00\x04')), struct.pack(b'<h', 3))
s = struct.Struct('<I2sf')
print(s.format, s.size, s.pack(1, b'hi', 2.5), s.unpack(s.pack(1, b'hi', 2.5)), type(s).__name__, struct.Struct(b'>h').format)
buf = bytearray(10)
s.pack_into(buf, 1, 9, b'ok', -1.0)
struct.pack_into('<h', buf, 0, -2)
print(buf, s.unpack_from(buf, 1))
print(struct.unpack('<e', b'\x00\x7c'), struct.unpack('<e', b'\x01\x00'), struct.unpack('<e', b'\xff\x7b'), struct.unpack('>f', b'\x7f\xc0\x00\x00'))
class Idx:
    def __index__(self):
        return 300
class Flt:
    def __float__(self):
        return 1.25
print(struct.pack('<H', Idx()), struct.pack('<d', Flt()), struct.pack('<f', 3), struct.pack('<d', True))
