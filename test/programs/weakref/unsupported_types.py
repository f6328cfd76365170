# Types without weak reference support raise CPython's TypeError.
import weakref

class IntSub(int):
    pass

class TupleSub(tuple):
    pass

class Slotted:
    __slots__ = ('a',)

class SlottedWeak:
    __slots__ = ('a', '__weakref__')

for value in [1, 'str', b'b', [], {}, (), 1.5, None, True, object(), range(3), slice(1),
              IntSub(3), TupleSub(), Slotted(), iter([]), 1j, bytearray()]:
    try:
        weakref.ref(value)
        print(type(value).__name__, 'ok')
    except TypeError as e:
        print(e)
print(weakref.ref(SlottedWeak())() is None)
r = weakref.ref(SlottedWeak)
try:
    weakref.ref(r)
except TypeError as e:
    print(e)
try:
    weakref.proxy(5)
except TypeError as e:
    print(e)
try:
    weakref.proxy(weakref.proxy(SlottedWeak))
except TypeError as e:
    print(e)
