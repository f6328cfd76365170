# pyheap-test: stress=audit-only (prints generation counts, which collections at every allocation reset)
# gc.get_count() right after gc.collect() and one class creation: type_new's allocations (the
# packed call, the namespace copy __set_name__ walks, __slots__' list and ht_slots tuple, a base's
# tp_subclasses dict made with its first subclass and dropped with its last).
import gc
def counts(f):
    gc.collect()
    f()
    return gc.get_count()
K = []
def defclass():
    class A: pass
    K.append(A)
def defclass2():
    class B:
        x = 1
        def m(self): pass
    K.append(B)
def defsub():
    class C(dict): pass
    K.append(C)
def deffunc():
    def f(a, b=1): return a
    K.append(f)
def defclosure():
    x = 1
    def g(): return x
    K.append(g)
def typecall():
    K.append(type('X', (), {}))
def typecall2():
    K.append(type('Y', (object,), {'a': 1}))
def slots():
    class S:
        __slots__ = ('a', 'b')
    K.append(S)
for f in [defclass, defclass2, defsub, deffunc, defclosure, typecall, typecall2, slots]:
    print(f.__name__, counts(f))

X = type('X', (), {})
Z = type('Z', (X,), {})
def j1(): K.append(type('Y', (X,), {}))
def j2(): K.append(type('Y2', (X,), {}))
W = type('W', (), {})
def j3(): K.append(type('Y3', (W,), {}))
for f in [j1, j2, j3]:
    print(f.__name__, counts(f))

def j5():
    X = type("X5", (), {})
    K.append(X)
    K.append(type("Y5", (X,), {}))
print("j5", counts(j5))

def j4():
    K.append(type('Y4', (W,), {}))
K.clear()
gc.collect()
print('j4 after the last subclass went', counts(j4))
