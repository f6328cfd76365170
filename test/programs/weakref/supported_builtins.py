# Builtin types that support weak references, and subclasses of list and dict.
import sys
import weakref

def f():
    yield 1

class C:
    def m(self):
        pass

class L(list):
    pass

class D(dict):
    pass

class S(set):
    pass

objs = [('function', f), ('generator', f()), ('set', {1}), ('frozenset', frozenset([1])),
        ('type', C), ('method', C().m), ('builtin', len), ('module', sys), ('code', f.__code__),
        ('list subclass', L()), ('dict subclass', D()), ('set subclass', S())]
keep = []
for name, o in objs:
    r = weakref.ref(o)
    keep.append(r)
    print(name, r() is o, weakref.getweakrefcount(o))
print('__weakref__' in L.__dict__, '__weakref__' in D.__dict__, '__weakref__' in S.__dict__)
l = L([1, 2])
rl = weakref.ref(l, lambda w: print('list subclass gone'))
del l
s = S([1])
rs = weakref.ref(s, lambda w: print('set subclass gone'))
del s
fs = {5, 6}
rfs = weakref.ref(fs, lambda w: print('set gone'))
del fs
def g():
    pass
rg = weakref.ref(g, lambda w: print('function gone'))
del g
print('end')
