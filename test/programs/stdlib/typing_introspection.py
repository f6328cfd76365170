# get_type_hints, get_origin, get_args, string annotations, from-scratch Union rules, NewType, cast
from typing import (Any, Callable, Dict, List, Literal, Optional, Tuple, Union, Annotated,
                    get_args, get_origin, get_type_hints, NewType, cast, ClassVar, Final, TypeVar)

def handler(a: int, b: "Optional[str]" = None, *rest: "List[int]", key: Dict[str, Any], **kw: float) -> "Tuple[int, ...]":
    return (a,)

print(get_type_hints(handler))
print(handler.__annotations__["b"], handler.__annotations__["return"])

class Config:
    name: str
    limits: "Dict[str, int]"
    debug: ClassVar[bool] = False
    version: Final[int] = 1

print(get_type_hints(Config))
for tp in (List[int], Dict[str, int], Optional[int], Union[int, str, None], Callable[[int], str],
           Callable[..., Any], Tuple[int, ...], Literal["a", 1], Annotated[int, "m"], int, list[int],
           int | str, ClassVar[int]):
    print(tp, get_origin(tp), get_args(tp))
print(Union[int, Union[str, float]], Union[int, int], Union[bool, int], Optional[Optional[int]])
print(Union[int, str] == Union[str, int], Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True])
UserId = NewType("UserId", int)
print(UserId(5) + 1, UserId.__supertype__, UserId.__name__, get_type_hints(lambda x: x))
try:
    class Sub(UserId):
        pass
except TypeError as e:
    print("TypeError:", e)
print(cast(List[int], "not a list"), cast("str", 1))
T = TypeVar("T", int, str)
print(T.__constraints__, Union[T, None], List[T].__parameters__)
