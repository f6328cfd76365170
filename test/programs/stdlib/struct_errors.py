import struct

tests = [('h', 40000), ('b', 200), ('B', -1), ('i', 2**31), ('I', -1), ('I', 2**32), ('q', 2**63), ('Q', -1), ('<l', 2**31),
         ('<L', 2**32), ('<L', -1), ('>q', 2**63), ('!Q', -1), ('=q', -2**63 - 1), ('<h', 1.5), ('<i', '1'), ('f', 'x'), ('<f', 1e300),
         ('e', 1e6), ('c', b'ab'), ('c', 'a'), ('s', 'x'), ('p', 'x'), ('n', 2**64), ('N', -1), ('P', 2**64), ('<n', 1), ('z', 1),
         ('H', 70000), ('<q', 2**64), ('<B', 256), ('>b', -129), ('<i', 2**40), ('l', 2**63), ('L', 2**64), ('d', None), ('i', None)]
for f, v in tests:
    try:
        print(f, struct.pack(f, v))
    except (struct.error, OverflowError, TypeError) as e:
        print(f, type(e).__name__, e)
for f, v in [('hh', (1,)), ('h', (1, 2)), ('', (1,)), ('x', (1,))]:
    try:
        struct.pack(f, *v)
    except struct.error as e:
        print(repr(f), 'error', e)
for call in [lambda: struct.unpack('i', b'abc'), lambda: struct.unpack('<h', b'abc'), lambda: list(struct.iter_unpack('i', b'abcde')),
             lambda: struct.iter_unpack('', b''), lambda: struct.unpack_from('i', b'abcd', 2), lambda: struct.calcsize('3'),
             lambda: struct.calcsize('<P'), lambda: struct.calcsize('y'), lambda: struct.unpack('i', 'abcd'),
             lambda: struct.pack_into('<i', bytearray(3), 0, 1), lambda: struct.Struct(5), lambda: struct.unpack_from('<h', b'abc', -5)]:
    try:
        print(call())
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)
print(struct.error.__module__, issubclass(struct.error, Exception))
