# Key-sharing instance dicts (3.11): the class's shared keys hold the one reference to each
# attribute name, however many instances there are; values are referenced once per instance.
# (An attribute store also leaves the name in CPython's global type-lookup cache, which pyheap
# does not model: the counts below start after a first instance, or store through vars().)
import sys, gc

class P:
    def __init__(self):
        self.abcxyz = 1

first = P()
before = sys.getrefcount('abcxyz')
ps = [P() for i in range(100)]
print("name refs after 100 instances:", sys.getrefcount('abcxyz') - before)
ds = [p.__dict__ for p in ps[:10]]
print("name refs after 10 __dict__:", sys.getrefcount('abcxyz') - before)
del ds, ps
print("name refs after the instances died:", sys.getrefcount('abcxyz') - before)

class V:
    pass

val = object()
vb = sys.getrefcount(val)
vs = []
for i in range(20):
    v = V()
    v.attr_one = val
    v.attr_two = val
    vs.append(v)
print("value refs:", sys.getrefcount(val) - vb)
for v in vs[:5]:
    del v.attr_one
print("value refs after 5 deletes:", sys.getrefcount(val) - vb)
vs[7].__dict__["attr_two"] = 1
print("value refs after a dict store:", sys.getrefcount(val) - vb)
del v
vs.clear()
print("value refs after clear:", sys.getrefcount(val) - vb)

# names added through setattr, vars() and different insertion orders
nb = [sys.getrefcount(n) for n in ('k_alpha', 'k_beta', 'k_gamma')]
class W:
    pass
ws = []
for i in range(10):
    w = W()
    if i % 2:
        vars(w)['k_alpha'] = i
        vars(w)['k_beta'] = i
    else:
        vars(w)['k_gamma'] = i
        vars(w)['k_beta'] = i
        vars(w)['k_alpha'] = i
    ws.append(w)
print([sys.getrefcount(n) - b for n, b in zip(('k_alpha', 'k_beta', 'k_gamma'), nb)])
print(list(vars(ws[0])), list(vars(ws[1])))

# the shared keys go with their class (a class is in a reference cycle: gc.collect frees it)
def make():
    class K:
        pass
    k = K()
    vars(k)['uniq_name_zz'] = 5
    k2 = K()
    k2.__dict__.update(uniq_name_zz=6)
    return sys.getrefcount('uniq_name_zz')
b = sys.getrefcount('uniq_name_zz')
inside = make()
gc.collect()
print("while the class lived:", inside - b, "after:", sys.getrefcount('uniq_name_zz') - b)
