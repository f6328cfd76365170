# __slots__ and __weakref__.
import weakref

class A:
    __slots__ = ('x',)

class B(A):
    __slots__ = ('__weakref__',)

class C(A):
    pass

try:
    weakref.ref(A())
except TypeError as e:
    print(e)
b = B()
print(weakref.ref(b)() is b, '__weakref__' in B.__dict__, '__weakref__' in A.__dict__)
c = C()
print(weakref.ref(c)() is c)
try:
    class Bad(B):
        __slots__ = ('__weakref__',)
except TypeError as e:
    print(e)
print(b.__weakref__)
r = weakref.ref(b)
print(b.__weakref__ is r)
x = weakref.ref(b, lambda w: None)
print(b.__weakref__ is r)
