# `in` on an object that cannot be searched, and iter(v, w) with a v that cannot be called: CPython's
# messages ("argument of type 'T' is not iterable": any TypeError getting the iterator, an
# __iter__'s own included, is replaced; "iter(v, w): v must be callable").
class Plain:
    pass

class IterRaisesTypeError:
    def __iter__(self):
        raise TypeError('from __iter__')

class IterRaisesValueError:
    def __iter__(self):
        raise ValueError('kept as it is')

class IterNone:
    __iter__ = None

class IterReturnsInt:
    def __iter__(self):
        return 5

class OldProtocol:
    def __getitem__(self, i):
        if i < 3:
            return i * 10
        raise IndexError(i)

for container in [None, 5, 2.5, Plain(), IterRaisesTypeError(), IterRaisesValueError(), IterNone(),
                  IterReturnsInt(), OldProtocol(), len, Plain]:
    for op in ('in', 'not in'):
        try:
            r = (20 in container) if op == 'in' else (20 not in container)
            print(op, type(container).__name__, r)
        except Exception as e:
            print(op, type(container).__name__, type(e).__name__, e, e.__context__ is None)

import operator
try:
    operator.contains(None, 1)
except TypeError as e:
    print('operator.contains:', e)

for v in [5, None, 'abc', [1], (lambda: 1)]:
    try:
        it = iter(v, 6)
        print('iter ok', type(it).__name__)
    except TypeError as e:
        print('iter', type(v).__name__, e)
