# What a descriptor call holds: the generic getattr/setattr, type_getattro and super hold a
# reference to a Python descriptor while its __get__/__set__/__delete__ runs; WITH_EXCEPT_START
# passes __exit__ the traceback borrowed from the exception.
import sys
class Desc:
    def __get__(self, inst, owner):
        print("get", sys.getrefcount(self), inst is None)
        return 1
    def __set__(self, inst, value):
        print("set", sys.getrefcount(self))
    def __delete__(self, inst):
        print("delete", sys.getrefcount(self))
class NonData:
    def __get__(self, inst, owner):
        print("nd get", sys.getrefcount(self))
        return 2
class H:
    d = Desc()
    n = NonData()
h = H()
h.d; H.d; h.d = 5; del h.d; h.n; H.n
class Meta(type):
    m = Desc()
class WithMeta(metaclass=Meta):
    pass
WithMeta.m
WithMeta.m = 3
class Base:
    d = Desc()
class Sub(Base):
    def f(self):
        return super().d
Sub().f()
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(sys.getrefcount(v), sys.getrefcount(tb))
        return True
with CM():
    raise ValueError
def gen_exit(*args):
    print([sys.getrefcount(a) for a in args[1:]])
    return True
class CM2:
    def __enter__(self): return self
    __exit__ = staticmethod(gen_exit)
with CM2():
    raise KeyError
