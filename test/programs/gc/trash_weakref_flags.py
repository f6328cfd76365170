# The collector notes, while it sorts out the trash, whether any trash object has weak references
# or is one (and whether any has a __del__); it must find every such case, including objects that
# first look unreachable and are then found reachable, and weak references inside the trash.
import gc
import weakref

gc.disable()
gc.collect()


class Node:
    def __init__(self, name):
        self.name = name
        self.other = None


def report(wr):
    print("callback", wr() is None)


# 1. a weak reference (with a callback) to a cycle: cleared and called
a = Node("a"); b = Node("b")
a.other = b; b.other = a
wa = weakref.ref(a, report)
del a, b
print("1:", gc.collect(), wa() is None)

# 2. a weak reference inside the trash, to a live object: cleared, its callback never runs
live = Node("live")
c = Node("c"); d = Node("d")
c.other = d; d.other = c
c.wr = weakref.ref(live, report)
del c, d
print("2:", gc.collect())
del live
print("2 after:", gc.collect())

# 3. an object that looks unreachable first (it comes before the one holding it in the young
# list) but is reachable: its weak reference is left alone
x = Node("x")
y = Node("y")
x.other = x
y.other = x
wx = weakref.ref(x, report)
del x
print("3:", gc.collect(), wx() is not None, wx().name)
del y
print("3 after:", gc.collect(), wx() is None)

# 4. a cycle with __del__ and weak references to it, several of them in order
class Fin(Node):
    def __del__(self):
        print("del", self.name)


order = []
p = Fin("p"); q = Fin("q")
p.other = q; q.other = p
ws = [weakref.ref(p, lambda r: order.append("p1")), weakref.ref(q, lambda r: order.append("q1")),
      weakref.ref(p, lambda r: order.append("p2"))]
del p, q
print("4:", gc.collect(), order)

# 5. a weak reference made while __del__ runs, to an object of the trash
keep = []


class Maker(Node):
    def __del__(self):
        keep.append(weakref.ref(self.other, report))


m = Maker("m"); n = Node("n")
m.other = n; n.other = m
del m, n
print("5:", gc.collect(), [r() for r in keep])

# 6. many cycles, weak references to a few of them: counts and callbacks
refs = []
for i in range(200):
    s = Node(i); t = Node(-i)
    s.other = t; t.other = s
    if i % 50 == 0:
        refs.append(weakref.ref(t, report))
del s, t
print("6:", gc.collect(), [r() for r in refs])

# 7. a weak proxy in the trash and a WeakValueDictionary entry for a cycle
e = Node("e"); f = Node("f")
e.other = f; f.other = e
e.proxy = weakref.proxy(f)
wvd = weakref.WeakValueDictionary()
wvd["e"] = e
del e, f
print("7:", gc.collect(), len(wvd))
gc.enable()
