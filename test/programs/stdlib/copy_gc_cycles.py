# deep copies of cyclic structures leave nothing behind but what the collector finds
import copy
import gc

gc.collect()
class Node:
    def __init__(self):
        self.other = None

a = Node()
b = Node()
a.other = b
b.other = a
c = copy.deepcopy(a)
print(c.other.other is c, c is not a)
del c
print(gc.collect())
del a, b
print(gc.collect())
lst = []
lst.append(lst)
cl = copy.deepcopy(lst)
del cl, lst
print(gc.collect())
d = {}
d['d'] = d
sc = copy.copy(d)
print(sc['d'] is d)
del sc, d
print(gc.collect())
