# sys.getsizeof of range, slice, instances with and without __slots__, functions, classes' instances.
import sys
class Plain:
    pass
class WithAttrs:
    def __init__(self):
        self.a, self.b, self.c = 1, 2, 3
class Slots1:
    __slots__ = ("a",)
class Slots3:
    __slots__ = ("a", "b", "c")
class Empty:
    __slots__ = ()
def f():
    pass
print(sys.getsizeof(range(10)), sys.getsizeof(range(10 ** 20)), sys.getsizeof(slice(1, 2)))
print(sys.getsizeof(Plain()), sys.getsizeof(WithAttrs()), sys.getsizeof(Slots1()), sys.getsizeof(Slots3()), sys.getsizeof(Empty()))
print(sys.getsizeof(f), sys.getsizeof(lambda: 0), sys.getsizeof(object()))
print(sys.getsizeof(iter([])), sys.getsizeof(iter(range(3))), sys.getsizeof(enumerate([])))
# classes: a static type is a bare PyTypeObject, a class statement's a PyHeapTypeObject with its
# cached keys (instances' shared keys)
class NoInit:
    pass
print(sys.getsizeof(int), sys.getsizeof(type), sys.getsizeof(object), sys.getsizeof(BaseException))
print(sys.getsizeof(Plain), sys.getsizeof(WithAttrs), sys.getsizeof(Slots1), sys.getsizeof(NoInit))
print(sys.getsizeof(type('T', (), {})), sys.getsizeof(type(sys)), sys.getsizeof(type(f)))
