# typing.NamedTuple (class and functional syntax) and TypedDict (totality, Required/NotRequired)
from typing import NamedTuple, TypedDict, List, Optional, get_type_hints
from typing import NotRequired, Required

class Employee(NamedTuple):
    name: str
    id: int = 3
    skills: List[str] = []

    def describe(self) -> str:
        return f"{self.name}#{self.id}"

e = Employee("guido")
print(e, e.describe(), e._fields, e._field_defaults, Employee.__annotations__)
print(e._replace(id=7), Employee._make(["x", 1, []]), tuple(e), e == ("guido", 3, []))
name, ident, skills = e
print(name, ident, skills, isinstance(e, tuple), len(e), e[0], e[-1])
Point = NamedTuple("Point", [("x", int), ("y", int)])
print(Point(1, 2), Point._fields, Point(x=3, y=4).y)
try:
    class Bad(NamedTuple):
        a: int = 1
        b: str
except TypeError as e:
    print("TypeError:", e)
try:
    Employee()
except TypeError as e:
    print("TypeError:", e)

class Movie(TypedDict):
    title: str
    year: int

class MovieExtra(Movie, total=False):
    rating: float
    tags: Required[List[str]]

m = Movie(title="Blade Runner", year=1982)
print(m, type(m) is dict, sorted(Movie.__required_keys__), sorted(MovieExtra.__optional_keys__),
      sorted(MovieExtra.__required_keys__), MovieExtra.__total__, Movie.__total__)
Alt = TypedDict("Alt", {"a": int, "b": NotRequired[str]})
print(Alt(a=1), sorted(Alt.__required_keys__), sorted(Alt.__optional_keys__))
try:
    isinstance(m, Movie)
except TypeError as e:
    print("TypeError:", e)
print(get_type_hints(Movie), get_type_hints(Employee))
