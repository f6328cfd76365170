import struct

Record = struct.Struct('<I 10s h d ?')
rows = [(1, b'alice', -5, 3.25, True), (2, b'bob', 120, -0.5, False), (3, b'a-much-longer-name', 0, 1e100, True)]
blob = b''.join(Record.pack(*r) for r in rows)
print(Record.size, len(blob), blob[:24])
for rec in Record.iter_unpack(blob):
    print(rec, rec[1].rstrip(b'\x00'))
header = struct.pack('>4sHHI', b'PYHP', 1, 2, len(blob))
print(header, struct.unpack('>4sHHI', header))
magic, major, minor, length = struct.unpack_from('>4sHHI', header + blob)
print(magic, major, minor, length)
print(struct.unpack('<' + 'B' * 8, struct.pack('<d', 1.0)), struct.unpack('>Q', struct.pack('>d', -2.0)))
print(struct.unpack('<I', struct.pack('<f', 0.1)), hex(struct.unpack('>H', struct.pack('>e', 1.5))[0]))
print(struct.calcsize('@cid'), struct.calcsize('=cid'), struct.calcsize('@dic'), struct.calcsize('@hq'), struct.calcsize('@?i?'))
buf = bytearray(struct.calcsize('<3h'))
for i, v in enumerate((7, -7, 300)):
    struct.pack_into('<h', buf, i * 2, v)
print(buf, struct.unpack('<3h', buf), struct.unpack('<3h', bytes(buf)))
packed = struct.pack('<5p', b'hello')
print(packed, struct.unpack('<5p', packed), struct.pack('<0s'), struct.unpack('<0s', b''))
