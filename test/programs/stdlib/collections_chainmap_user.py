# ChainMap, UserList, UserDict, UserString
from collections import ChainMap, UserList, UserDict, UserString
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), list(cm), cm.new_child(), cm.parents, dict(cm))
cm['c'] = 5
del cm['a']
print(cm, cm.get('a'), 'b' in cm, cm.maps)
try:
    del cm['b']
except KeyError as e:
    print(e)
try:
    cm['nope']
except KeyError as e:
    print(repr(e))
print(ChainMap(), bool(ChainMap()), ChainMap({1: 2}) | {3: 4})
ul = UserList([3, 1, 2])
ul.sort()
ul.append(4)
print(ul, ul[1:], type(ul[1:]).__name__, len(ul), ul + [5], ul == [1, 2, 3, 4], ul.pop(), ul)
ud = UserDict(a=1)
ud['b'] = 2
print(ud, 'a' in ud, ud.get('z'), list(ud.items()), len(ud), ud.copy())
del ud['a']
print(ud, ud | {'q': 1})
us = UserString('hello')
print(us.upper(), us[1:3], us + '!', us * 2, len(us), 'ell' in us, us == 'hello', us.split('l'), str(us), repr(us))
class Stack(UserList):
    def push(self, x):
        self.append(x)
s = Stack()
s.push(1); s.push(2)
print(s, s.pop(), s, isinstance(s, UserList))
