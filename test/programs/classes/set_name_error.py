# __set_name__ runs on a copy of the class dict; an exception from it is wrapped in 3.11's
# RuntimeError (with __cause__ set); __slots__ stays as declared in the class dict.
class D:
    def __set_name__(self, owner, name):
        print('set_name', owner.__name__, name)
        if name == 'bad': raise ValueError('nope')
class A:
    x = D()
    y = D()
try:
    class B:
        ok = D()
        bad = D()
except Exception as e:
    print(type(e).__name__, e, type(e.__cause__).__name__)
class S:
    __slots__ = ('b', 'a', '__weakref__')
print(S.__slots__, sorted(k for k in S.__dict__ if not k.startswith('__')))
# what holds a descriptor while its __set_name__ runs: the class namespace, the class dict, its
# copy that type_new walks (borrowing the items), the bound method's frame and the argument
import sys
class Named:
    def __set_name__(self, owner, name):
        print("set_name", name, sys.getrefcount(self), sys.getrefcount(owner))
class Owner:
    first = Named()
    second = Named()
