# everything importable from typing, TYPE_CHECKING, overload, final, Any subclassing, errors
import typing
from typing import TYPE_CHECKING, overload, final, Any, get_overloads, Optional, Union, ClassVar, Literal

names = ["Any", "Optional", "Union", "List", "Dict", "Tuple", "Callable", "TypeVar", "Generic",
         "Protocol", "NamedTuple", "TypedDict", "cast", "overload", "TYPE_CHECKING", "Iterable",
         "Iterator", "Sequence", "Mapping", "Set", "FrozenSet", "Type", "Literal", "Final",
         "ClassVar", "Annotated", "NoReturn", "Never", "Self", "ParamSpec", "Concatenate",
         "TypeAlias", "TypeGuard", "AnyStr", "Text", "IO", "TextIO", "BinaryIO", "Deque",
         "DefaultDict", "OrderedDict", "Counter", "ChainMap", "Generator", "Awaitable",
         "Coroutine", "Hashable", "Sized", "Collection", "Container", "Reversible",
         "SupportsInt", "SupportsFloat", "SupportsAbs", "SupportsRound", "NewType",
         "get_type_hints", "get_origin", "get_args", "runtime_checkable", "no_type_check",
         "assert_never", "assert_type", "reveal_type", "LiteralString", "Required", "NotRequired",
         "Unpack", "TypeVarTuple", "dataclass_transform", "is_typeddict", "ForwardRef"]
print(all(hasattr(typing, n) for n in names), [n for n in names if not hasattr(typing, n)])
print(TYPE_CHECKING)
if TYPE_CHECKING:
    import this_module_does_not_exist

@overload
def area(x: int) -> int: ...
@overload
def area(x: float) -> float: ...
def area(x):
    return x * x

print(area(3), len(get_overloads(area)))

@overload
def only_overload(x: int) -> int: ...
try:
    only_overload(1)
except NotImplementedError as e:
    print("NotImplementedError:", str(e)[:40])

@final
class Leaf:
    @final
    def method(self):
        return 1
print(Leaf.__final__, Leaf.method.__final__)

class Anything(Any):
    pass
print(type(Anything()).__name__, isinstance(Anything(), Anything) and "ok")
for bad in (lambda: Optional[int, str], lambda: ClassVar[int, str], lambda: Union(),
            lambda: typing.List(), lambda: typing.Callable[int], lambda: isinstance(1, Optional[int]),
            lambda: Literal()):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Sub(Union):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    typing.assert_never(3)
except AssertionError as e:
    print("AssertionError:", e)
print(typing.ForwardRef("int"), typing.ForwardRef("List[int]") == typing.ForwardRef("List[int]"))
