# sorting records with itemgetter/attrgetter (multi-key, stable), methodcaller maps
from operator import itemgetter, attrgetter, methodcaller
from collections import namedtuple

students = [('john', 'A', 15), ('jane', 'B', 12), ('dave', 'B', 10), ('anna', 'A', 12)]
print(sorted(students, key=itemgetter(2)))
print(sorted(students, key=itemgetter(1, 2)))
print(sorted(students, key=itemgetter(1), reverse=True))
S = namedtuple('S', 'name grade age')
objs = [S(*s) for s in students]
print([s.name for s in sorted(objs, key=attrgetter('grade', 'age'))])
by_age = sorted(objs, key=attrgetter('age'))
print([s.name for s in sorted(by_age, key=attrgetter('grade'))])
print(list(map(methodcaller('title'), ['ab cd', 'x'])), list(map(itemgetter(0), ['xy', 'z'])))
class Box:
    def __init__(self, inner):
        self.inner = inner
class Inner:
    def __init__(self, v):
        self.v = v
boxes = [Box(Inner(3)), Box(Inner(1)), Box(Inner(2))]
print([b.inner.v for b in sorted(boxes, key=attrgetter('inner.v'))])
print(max(students, key=itemgetter(2)), min(objs, key=attrgetter('age', 'name')).name)
d = {'b': 2, 'a': 3, 'c': 1}
print(sorted(d.items(), key=itemgetter(1)), dict(sorted(d.items(), key=itemgetter(0))))
try:
    itemgetter(5)([1])
except IndexError as e:
    print(e)
try:
    attrgetter('nope')(1)
except AttributeError as e:
    print(e)
