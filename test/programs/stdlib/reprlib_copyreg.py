# reprlib (limits, recursive_repr) and copyreg (pickle registry, _slotnames)
import reprlib
import copyreg
print(reprlib.repr(list(range(100))), reprlib.repr('x' * 100), reprlib.repr({i: i for i in range(10)}))
print(reprlib.repr(set(range(20))), reprlib.repr(frozenset(range(20))), reprlib.repr(tuple(range(10))))
print(reprlib.repr(10 ** 50), reprlib.repr([[[[[[1]]]]]]), reprlib.repr([[[[[[[1]]]]]]]), reprlib.repr('abc' * 20))
r = reprlib.Repr()
r.maxlist = 2
print(r.repr([1, 2, 3]), r.repr((1,)), r.repr([]), r.repr(set()), r.repr({}))

class Tree:
    def __init__(self):
        self.kids = []
    @reprlib.recursive_repr()
    def __repr__(self):
        return f"Tree({self.kids!r})"
t = Tree()
t.kids.append(t)
print(t, Tree.__repr__.__name__)

class Pt:
    def __init__(self, x):
        self.x = x
def reduce_pt(p):
    return Pt, (p.x + 100,)
copyreg.pickle(Pt, reduce_pt)
import copy
print(copy.copy(Pt(1)).x)
try:
    copyreg.pickle(Pt, 5)
except TypeError as e:
    print(e)
class S:
    __slots__ = ('a', '__private', '__dict__')
print(copyreg._slotnames(S), S.__slotnames__)
print(copyreg.__newobj__(list), copyreg.__newobj_ex__(dict, (), {}))
copyreg.add_extension('mod', 'name', 240)
print(copyreg._extension_registry[('mod', 'name')])
copyreg.remove_extension('mod', 'name', 240)
print(copyreg._extension_registry)
