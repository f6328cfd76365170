# copying collections types and subclasses of builtins (state, extra attributes, slots)
import copy
from collections import deque, OrderedDict, defaultdict, Counter, namedtuple, ChainMap, UserList

d = deque([[1], [2]], maxlen=5)
dc, dd = copy.copy(d), copy.deepcopy(d)
print(dc, dd, dc.maxlen, dc[0] is d[0], dd[0] is d[0])
od = OrderedDict(b=[1], a=[2])
print(copy.copy(od), copy.deepcopy(od)['b'] is od['b'], list(copy.deepcopy(od)))
ddict = defaultdict(list, x=[1])
c1 = copy.deepcopy(ddict)
c1['new'].append(5)
print(c1, ddict, c1.default_factory is list)
cnt = Counter('hello')
print(copy.copy(cnt), copy.deepcopy(cnt) == cnt, type(copy.copy(cnt)).__name__)
cm = ChainMap({'a': [1]}, {'b': 2})
cm2 = copy.copy(cm)
cm2['z'] = 0
print(cm, cm2, copy.deepcopy(cm).maps[0]['a'] is cm.maps[0]['a'])
ul = UserList([[1]])
print(copy.copy(ul), copy.copy(ul)[0] is ul[0], copy.deepcopy(ul)[0] is ul[0])

class Tagged(dict):
    __slots__ = ('tag',)
t = Tagged(k=[1])
t.tag = 'hello'
tc = copy.deepcopy(t)
print(tc, tc.tag, tc['k'] is t['k'], type(tc).__name__)
class Named(list):
    def __init__(self, *a):
        super().__init__(*a)
        self.name = 'n'
n = copy.copy(Named([1, 2]))
print(n, n.name, type(n).__name__)
class Frozen(frozenset):
    pass
f = copy.copy(Frozen([1, 2]))
print(sorted(f), type(f).__name__)
class Text(str):
    pass
s = copy.deepcopy(Text('abc'))
print(s, type(s).__name__)
