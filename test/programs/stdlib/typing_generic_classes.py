# user generic classes: Generic[T], several parameters, subclassing with concrete arguments,
# __orig_bases__, __parameters__, __orig_class__, and the errors
from typing import Generic, TypeVar, Dict, List, Optional

T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")

class Box(Generic[T]):
    def __init__(self, item: T) -> None:
        self.item = item

    def get(self) -> T:
        return self.item

class Registry(Generic[K, V]):
    def __init__(self) -> None:
        self.data: Dict[K, V] = {}

class IntBox(Box[int]):
    pass

class Pair(Box[T], Generic[T, K]):
    pass

b = Box[str]("s")
print(b.get(), b.__orig_class__, Box[int], Box.__parameters__, Registry[str, List[int]])
print(IntBox.__orig_bases__, IntBox.__parameters__, IntBox(3).get(), IntBox.__mro__)
print(Pair.__parameters__, Pair[int, str], Registry.__parameters__)
print(Box[Optional[T]][int], Registry[K, int][str])
for bad in (lambda: Box[int, str], lambda: Registry[int], lambda: IntBox[int],
            lambda: Generic[int], lambda: Generic(), lambda: Box[int][str]):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Twice(Generic[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Missing(Box[T], Generic[K]):
        pass
except TypeError as e:
    print("TypeError:", e)
