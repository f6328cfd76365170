# typing: names, reprs of subscripted forms, generics, NamedTuple, TypedDict, Protocol, helpers
from typing import (Any, Optional, Union, List, Dict, Tuple, Callable, TypeVar, Generic, Protocol,
    NamedTuple, TypedDict, cast, overload, TYPE_CHECKING, Iterable, Set, FrozenSet, Type, Literal,
    ClassVar, Final, Annotated, NewType, get_origin, get_args, get_type_hints, runtime_checkable,
    Sequence, Mapping, Iterator, AnyStr, NoReturn, Self)
import typing
print(Any, Optional[int], Union[int, str], Union[int, None], Optional[Union[int, str]], Union[int])
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Tuple[int, str], Callable[[int, str], bool], Callable[..., int])
print(List, Dict, Callable, Iterable[int], Set[str], FrozenSet[int], Type[int], Literal[1, "a"], ClassVar[int], Final[int])
print(Annotated[int, "meta"], Sequence[str], Mapping[str, int], Iterator[int], typing.Deque[int], typing.DefaultDict[str, int])
T = TypeVar("T"); K = TypeVar("K", bound=int); S = TypeVar("S", str, bytes); C = TypeVar("C", covariant=True)
print(T, K, S, C, T.__name__, S.__constraints__, K.__bound__, AnyStr, List[T], Dict[str, T][int])
print(get_origin(List[int]), get_args(Dict[str, int]), get_origin(Optional[int]), get_args(Optional[int]), get_args(Callable[[int], str]), get_origin(int | str), get_args(int|str))
print(Union[int, str] == Union[str, int], Optional[int] == Union[None, int], List[int] == List[int], hash(List[int]) == hash(List[int]))
class Stack(Generic[T]):
    def __init__(self): self.items: List[T] = []
    def push(self, item: T) -> None: self.items.append(item)
s = Stack[int](); s.push(3); print(s.items, Stack[int], Stack.__parameters__, type(s).__name__, s.__orig_class__)
class Point(NamedTuple):
    x: int
    y: int = 0
    def dist(self): return self.x + self.y
p = Point(1, 2); print(p, p.x, p[1], p.dist(), Point(5), p._asdict(), p._replace(x=9), Point._fields, isinstance(p, tuple))
P2 = NamedTuple("P2", [("a", int), ("b", str)]); print(P2(1, "x"))
class Movie(TypedDict):
    name: str
    year: int
m = Movie(name="x", year=1); print(m, type(m), Movie.__required_keys__ == {"name", "year"}, Movie.__annotations__)
M2 = TypedDict("M2", {"a": int}, total=False); print(M2(a=1), M2.__total__)
print(cast(int, "s"), TYPE_CHECKING)
@overload
def f(x: int) -> int: ...
@overload
def f(x: str) -> str: ...
def f(x): return x
print(f(3))
@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...
class F:
    def close(self): pass
print(isinstance(F(), Closable), isinstance(3, Closable))
class NoRT(Protocol):
    def x(self): ...
try: isinstance(3, NoRT)
except TypeError as e: print(e)
UserId = NewType("UserId", int); print(UserId(5), UserId)
def g(a: int, b: "List[int]" = None) -> Optional[str]: pass
print(get_type_hints(g))
try: isinstance(3, List[int])
except TypeError as e: print(e)
print(isinstance([], List), isinstance(3, Union[int, str]), issubclass(list, typing.List))
try: Union[()]
except TypeError as e: print(e)
try: List[int, str]
except TypeError as e: print(e)
try: Any()
except TypeError as e: print(e)
try: Optional()
except TypeError as e: print(e)
x: List[int] = [1]
print(__annotations__)
print(typing.Optional[int] | str, int | typing.List[int], List[int] | None)
try: isinstance(1, Any)
except TypeError as e: print(e)
class Box(Generic[T, K]): pass
print(Box[int, bool], Box.__parameters__)
try: Box[int]
except TypeError as e: print(e)
print(Generic[T], Protocol[T])
print(repr(typing.Text), typing.Hashable, NoReturn, Self)
