# abc: abstract properties/classmethods, update_abstractmethods, ABCMeta details, caches
import abc

class Shape(abc.ABC):
    @property
    @abc.abstractmethod
    def area(self): ...
    @classmethod
    @abc.abstractmethod
    def make(cls): ...
    @staticmethod
    @abc.abstractmethod
    def kind(): ...
print(sorted(Shape.__abstractmethods__))
try:
    Shape()
except TypeError as e:
    print(e)

class Square(Shape):
    def __init__(self, s=2):
        self.s = s
    @property
    def area(self):
        return self.s ** 2
    @classmethod
    def make(cls):
        return cls(3)
    @staticmethod
    def kind():
        return "square"
print(Square().area, Square.make().area, Square.kind(), isinstance(Square(), Shape))

class Base(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def run(self): ...
class Impl(Base):
    pass
Impl.run = lambda self: "ran"
try:
    Impl()
except TypeError as e:
    print(e)
abc.update_abstractmethods(Impl)
print(Impl().run(), Impl.__abstractmethods__)

class Seq(abc.ABC):
    pass
Seq.register(list)
@Seq.register
class Mine:
    pass
print(isinstance([], Seq), issubclass(Mine, Seq), isinstance((), Seq), Seq.register(Mine) is Mine)
try:
    Seq.register(Seq)
except RuntimeError as e:
    print("RuntimeError", e)
class Child(Seq):
    pass
try:
    Child.register(Seq)
except RuntimeError as e:
    print(e)
tok = abc.get_cache_token()
class Other(abc.ABC):
    pass
Other.register(int)
print(abc.get_cache_token() > tok, isinstance(3, Other), issubclass(bool, Other))
try:
    issubclass(3, Other)
except TypeError as e:
    print(e)
print(type(Seq).__name__, abc.ABC.__slots__, Seq.__abstractmethods__)
print(abc.abstractmethod(lambda: 0).__isabstractmethod__)
class A2(abc.ABC):
    @abc.abstractmethod
    def one(self): ...
    @abc.abstractmethod
    def two(self): ...
    @abc.abstractmethod
    def three(self): ...
try:
    A2()
except TypeError as e:
    print(e)
