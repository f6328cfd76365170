# PEP 585 / PEP 604 on builtin types: list[int], dict[str, list[int]], int | None, isinstance with unions
print(list[int], dict[str, list[int]], tuple[int, ...], tuple[()], type[int], set[str] == set[str])
print(int | str, int | None, None | int, (int | str | int).__args__, int | str == str | int)
print(type(list[int]), type(int | str), list[int].__origin__, dict[str, int].__args__)
print(isinstance(3, int | str), isinstance(None, int | None), issubclass(bool, int | str))
try: isinstance([], list[int])
except TypeError as e: print(e)
try: int | 3
except TypeError as e: print(e)
def f(x: list[int], y: int | None = None) -> dict[str, int]: return {}
print(f.__annotations__)
print(list[int]([1, 2]), list[int].append, hash(list[int]) == hash(list[int]))
class My(list[int]): pass
print(My.__mro__, My.__orig_bases__)
import sys
print(frozenset[int], list[tuple[int, str]])
