# Key-sharing instance dicts: attribute errors, deletes, copies, __dict__ replacement and
# deletion, resurrection, and names the shared keys already have but an instance does not.
import copy, gc, sys

class A:
    pass

a1 = A(); a1.x = 1; a1.y = 2
a2 = A()
try:
    a2.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    del a2.y
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(a2, 'x'), getattr(a2, 'y', 'dflt'), vars(a2))
a2.y = 5
print(vars(a2), a2.y)
del a1.x
try:
    del a1.x
except AttributeError as e:
    print("AttributeError:", e)
print(vars(a1))

# a class attribute is shadowed by the instance value, a data descriptor is not
class B:
    shared = 'class'
    @property
    def prop(self):
        return 'property'
b = B()
print(b.shared)
b.shared = 'instance'
print(b.shared, B.shared)
try:
    b.prop = 1
except AttributeError as e:
    print("AttributeError:", e)
vars(b)['prop'] = 'in dict'
print(b.prop, vars(b))
del b.shared
print(b.shared)

# __dict__ replaced, deleted, set to a non-dict
c = A(); c.p = 1
try:
    c.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)
c.__dict__ = {'q': 2}
print(vars(c), c.q, hasattr(c, 'p'))
del c.__dict__
print(vars(c), hasattr(c, 'q'))
c.r = 3
print(vars(c), sys.getsizeof(vars(c)))

# copies and pickling-style state
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = [y]
p = P(1, 2)
q = copy.copy(p)
r = copy.deepcopy(p)
print(vars(q), vars(r), q.y is p.y, r.y is p.y)
print(p.__reduce_ex__(2)[2], sys.getsizeof(vars(q)) == sys.getsizeof(vars(r)))

# str subclass names
class S(str):
    pass
d = A()
setattr(d, S('sname'), 1)
print(d.sname, list(vars(d)))
d2 = A(); d2.plain = 0
vars(d2)[S('skey')] = 1
print(d2.skey, [type(k).__name__ for k in vars(d2)], sys.getsizeof(vars(d2)))

# resurrection keeps the values
saved = []
class R:
    def __del__(self):
        saved.append(self)
r = R(); r.a = 1; r.b = [2]
del r
print(vars(saved[0]), saved[0].b)
saved.clear()
gc.collect()

# many attributes in changing orders, then every way to look at them
class M:
    pass
ms = []
for i in range(8):
    m = M()
    names = ['f%d' % ((i + j) % 5) for j in range(5)]
    for n in names:
        setattr(m, n, n.upper())
    if i % 3 == 0:
        delattr(m, names[1])
    ms.append(m)
for m in ms:
    print(list(vars(m)), [getattr(m, 'f%d' % j, None) for j in range(5)])
print(sorted(vars(ms[0]).items()) == sorted(vars(copy.copy(ms[0])).items()))
