# abc: abstract methods, instantiation errors, register, __subclasshook__
import abc
class Base(abc.ABC):
    @abc.abstractmethod
    def f(self): ...
    @abc.abstractmethod
    def g(self): ...
try: Base()
except TypeError as e: print(e)
class Half(Base):
    def f(self): return 1
try: Half()
except TypeError as e: print(e)
class Full(Half):
    def g(self): return 2
print(Full().f(), Full().g(), sorted(Base.__abstractmethods__), Full.__abstractmethods__)
class Duck: pass
print(isinstance(Duck(), Base))
Base.register(Duck)
print(isinstance(Duck(), Base), issubclass(Duck, Base))
print(type(Base), abc.ABCMeta.__name__, sorted(k for k in Base.__dict__))
class P(abc.ABC):
    @property
    @abc.abstractmethod
    def x(self): ...
try: P()
except TypeError as e: print(e)
class Hook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return hasattr(C, 'quack') or NotImplemented
class Q:
    def quack(self): pass
print(isinstance(Q(), Hook), isinstance(1, Hook))
try: Base.register(1)
except TypeError as e: print(e)
print(abc.get_cache_token() >= 0)
