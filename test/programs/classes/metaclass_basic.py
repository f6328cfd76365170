# Metaclasses: __new__/__init__ of the metaclass, __prepare__, inheritance of the metaclass,
# __init_subclass__ with keywords, and the metaclass conflict error.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['made_by'] = mcls.__name__
        return super().__new__(mcls, name, bases, ns)
    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)
        cls.kw = kw
class A(metaclass=Meta, flag=1):
    pass
class B(A):
    pass
print(type(A).__name__, type(B).__name__, A.made_by, B.made_by, A.kw, B.kw)
class Base:
    def __init_subclass__(cls, tag=None, **kw):
        super().__init_subclass__(**kw)
        cls.tag = tag
class T(Base, tag='t'):
    pass
print(T.tag)
class Other(type):
    pass
class X(metaclass=Other):
    pass
try:
    class Y(A, X):
        pass
except TypeError as e:
    print(e)
try:
    type('Z', (1,), {})
except TypeError as e:
    print(e)
print(isinstance(A, Meta), issubclass(Meta, type))
