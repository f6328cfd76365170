# Weak references compare their referents while both live, identity once one is dead.
import weakref

class V:
    def __init__(self, v):
        self.v = v
    def __eq__(self, other):
        print('eq called')
        return self.v == other.v
    __hash__ = object.__hash__

a = V(1)
b = V(1)
ra = weakref.ref(a)
rb = weakref.ref(b)
print(ra == rb, ra != rb)
c = V(2)
rc = weakref.ref(c)
print(ra == rc)
del b
print(ra == rb, rb == rb, rb != rb, ra != rb)
try:
    ra < rc
except TypeError as e:
    print(e)
print(ra == 1, ra != 'x')
print(ra == weakref.proxy(a))
