# field defaults and default_factory: shared vs fresh values, init=False, repr=False, compare=False
from dataclasses import dataclass, field, fields

counter = iter(range(100))

@dataclass
class Task:
    title: str
    tags: list = field(default_factory=list)
    ident: int = field(default_factory=lambda: next(counter))
    done: bool = False
    notes: str = field(default="", repr=False)
    cache: dict = field(default_factory=dict, compare=False, repr=False)
    created: str = field(init=False, default="now")
    computed: int = field(init=False)

    def __post_init__(self):
        self.computed = len(self.title)

a = Task("write")
b = Task("write")
a.tags.append("x")
print(a, b, a.tags is b.tags, a == b, a.ident, b.ident)
b.cache["k"] = 1
print(Task("t", [], 5) == Task("t", [], 5, cache={"z": 0}))
print([(f.name, f.init, f.repr, f.compare) for f in fields(Task)])
print(Task.done, Task.notes, Task.created, hasattr(Task, "tags"), hasattr(Task, "computed"))
try:
    field(default=1, default_factory=list)
except ValueError as e:
    print("ValueError:", e)
for bad in ({}, set(), []):
    try:
        @dataclass
        class Bad:
            x: object = bad
    except ValueError as e:
        print("ValueError:", e)

@dataclass
class Good:
    x: tuple = ()
    y: frozenset = frozenset()
print(Good(), Good((1,)))
