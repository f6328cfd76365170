# What holds a class: its name, its own __mro__, its __dict__/__weakref__ descriptors, and each
# subclass's __mro__, __bases__ and __base__; a __class__ cell adds one more.
import sys
class C: pass
print(sys.getrefcount(C))
class D(C): pass
print(sys.getrefcount(C), sys.getrefcount(D))
class E(D): pass
print(sys.getrefcount(C), sys.getrefcount(D))
class S:
    __slots__ = ('a', 'b')
print(sys.getrefcount(S))
class M:
    def f(self):
        return __class__
print(sys.getrefcount(M))
objs = [C() for _ in range(5)]
print(sys.getrefcount(C))
del objs
print(sys.getrefcount(C))
