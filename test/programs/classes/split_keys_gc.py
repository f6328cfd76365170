# The cycle collector and key-sharing instance dicts: cycles through inline values and through
# materialised split dicts, what gc.get_referents sees, when a materialised dict is tracked.
import gc

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n, end='; ')

class C:
    pass

gc.collect()
a = C(); b = C(); a.o = b; b.o = a
del a, b
print('two instances:', gc.collect())
a = C(); b = C(); a.o = b; b.o = a; a.__dict__
del a, b
print('one __dict__:', gc.collect())
a = C(); a.__dict__; b = C(); b.__dict__; a.o = b; b.o = a
del a, b
print('two __dict__:', gc.collect())
a = C(); a.self = a; a.d = a.__dict__
del a
print('instance -> its own dict:', gc.collect())
cs = [C() for i in range(50)]
for i, c in enumerate(cs):
    c.next = cs[(i + 1) % 50]
    c.val = [i]
del cs, c
print('ring of 50 with lists:', gc.collect())

# traversal and deallocation follow the shared keys' index order
class O:
    pass
o0 = O(); o0.a = 1; o0.b = 2; o0.c = 3
o = O(); o.c = D('c'); o.b = D('b'); o.a = D('a')
print([x.n for x in gc.get_referents(o) if isinstance(x, D)])
del o; print()
o = O(); o.c = D('c'); o.b = D('b'); o.a = D('a'); d = o.__dict__
print([x.n for x in gc.get_referents(d) if isinstance(x, D)], list(d))
del o; print('instance gone'); del d; print()
o = O(); o.c = D('c'); o.b = D('b'); o.a = D('a'); o.self = o
del o; gc.collect(); print()
o = O(); o.c = D('c'); o.b = D('b'); o.a = D('a'); d = o.__dict__; d['self'] = d
del o, d; gc.collect(); print()
o = O(); o.c = D('c'); o.b = D('b'); o.a = D('a')
d = o.__dict__.copy(); print(list(d)); del d; print()
del o; print()

# tracking of the materialised dict
class T:
    pass
t = T(); print(gc.is_tracked(t.__dict__))
t = T(); t.a = 1; print(gc.is_tracked(t.__dict__))
t = T(); t.a = []; print(gc.is_tracked(t.__dict__))
t = T(); t.a = 1; d = t.__dict__; t.b = (); print(gc.is_tracked(d)); t.c = {}; print(gc.is_tracked(d))
print(gc.is_tracked(T()), gc.is_tracked(t))
