# aliases of collections.abc classes: isinstance/issubclass through typing.Iterable & co.,
# their origins, Callable forms, Type[...] and Tuple[...] arguments
import collections.abc
from typing import (Callable, Iterable, Iterator, Sequence, Mapping, MutableMapping, Sized,
                    Hashable, Type, Tuple, Generator, Awaitable, Deque, DefaultDict, Counter,
                    OrderedDict, ChainMap, get_origin, get_args, List)

for value in ([1], (1,), {"a": 1}, "s", 5, iter([]), (x for x in ())):
    print(type(value).__name__, isinstance(value, Iterable), isinstance(value, Sequence),
          isinstance(value, Mapping), isinstance(value, Sized), isinstance(value, Iterator),
          isinstance(value, Hashable))
print(issubclass(dict, MutableMapping), issubclass(list, Sequence), issubclass(int, Sized))
print(get_origin(Iterable[int]) is collections.abc.Iterable, get_origin(Generator[int, None, None]),
      get_args(Generator[int, None, None]), get_origin(Deque[int]), get_origin(DefaultDict[str, int]))
print(Callable[[], None], Callable[[int], None], Callable[[List[int], str], Tuple[int, str]])
print(get_args(Callable[[], int]), get_args(Callable[..., int]), get_origin(Callable[[int], str]))
print(Type[int], get_args(Type[int]), Tuple[()], get_args(Tuple[()]), get_args(Tuple[int, ...]))
print(Counter[str], OrderedDict[str, int], ChainMap[str, int], Awaitable[int])
print(callable(len), isinstance(len, Callable), isinstance(5, Callable))
try:
    Callable[int]
except TypeError as e:
    print("TypeError:", e)
try:
    Sequence[int, str]
except TypeError as e:
    print("TypeError:", e)
