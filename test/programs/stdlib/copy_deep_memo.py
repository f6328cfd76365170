# deepcopy: memo, shared references, cycles, tuples, refcounts after copying
import copy
import sys

shared = [1, 2]
outer = [shared, shared, {'k': shared}]
dc = copy.deepcopy(outer)
print(dc, dc[0] is dc[1], dc[2]['k'] is dc[0], dc[0] is shared)

cyc = [1]
cyc.append(cyc)
cc = copy.deepcopy(cyc)
print(cc[1] is cc, cc is not cyc, repr(cc))

d = {'self': None}
d['self'] = d
dd = copy.deepcopy(d)
print(dd['self'] is dd)

t = (1, 'a', (2, 3))
print(copy.deepcopy(t) is t, copy.copy(t) is t)
t2 = (1, [2])
dt = copy.deepcopy(t2)
print(dt is t2, dt == t2, dt[1] is t2[1])

memo = {}
a = [[1], [2]]
first = copy.deepcopy(a, memo)
again = copy.deepcopy(a, memo)
print(first is again, id(a) in memo, len(memo[id(memo)]))

item = object()
container = [item]
before = sys.getrefcount(item)
copies = [copy.copy(container) for _ in range(3)]
print(sys.getrefcount(item) - before)
del copies
print(sys.getrefcount(item) - before)
lst = [1, 2]
base = sys.getrefcount(lst)
copy.deepcopy([lst])
print(sys.getrefcount(lst) - base)

class Node:
    def __init__(self, name):
        self.name = name
        self.children = []
        self.parent = None
root = Node("root")
kid = Node("kid")
kid.parent = root
root.children.append(kid)
r2 = copy.deepcopy(root)
print(r2.children[0].parent is r2, r2.children[0].name, r2 is not root)
s = {1, 2}
fs = frozenset([1])
print(copy.copy(s) == s, copy.copy(s) is s, copy.copy(fs) is fs, copy.deepcopy(s) == s)
ba = bytearray(b'ab')
print(copy.copy(ba), copy.copy(ba) is ba)
print(copy.deepcopy(3.5), copy.deepcopy(None), copy.deepcopy("s"), copy.deepcopy(range(3)))
