# The collector and the trashcan while dead objects' shells are reused at once: deep chains freed
# in trashcan pieces with __del__ allocating, generators and tracebacks dropped mid-flight,
# gc.get_referrers / gc.get_objects / gc.is_tracked on objects made right after others died.
import gc, sys, weakref

order = []
class Node:
    def __init__(self, i, nxt):
        self.i = i
        self.nxt = nxt
    def __del__(self):
        if self.i % 97 == 0:
            order.append(self.i)
            tmp = [object() for k in range(3)], [k for k in range(3)]   # allocate while the chain unwinds

head = None
for i in range(3000):
    head = Node(i, head)
del head
print('deep chain __del__ order:', order)

# tuples and lists in a long chain (the trashcan defers them)
chain = ()
for i in range(5000):
    chain = (chain, [i])
del chain
print('after tuple chain:', gc.collect())

# generators abandoned while suspended, each holding temporaries
def gen(n):
    data = [str(k) for k in range(n)]
    try:
        for d in data:
            yield d
    finally:
        closed.append(n)
closed = []
gens = [gen(i + 3) for i in range(50)]
firsts = [next(g) for g in gens]
del gens
print('closed:', len(closed), sorted(closed)[:5], firsts[:3])

# exceptions with tracebacks dropped in a loop
def fail(k):
    x = [k] * 4
    raise ValueError(k)
msgs = 0
for k in range(200):
    try:
        fail(k)
    except ValueError as e:
        msgs += e.args[0] == k
print('exceptions:', msgs)

# cycles with weakrefs to them, callbacks allocating, collector runs
cb_seen = []
class C:
    pass
wrs = []
for i in range(100):
    a, b = C(), C()
    a.b, b.a = b, a
    wrs.append(weakref.ref(a, lambda r, i=i: cb_seen.append((i, [C() for k in range(2)] and r() is None))))
del a, b
gc.collect()
print('callbacks after gc:', len(cb_seen), all(ok for _, ok in cb_seen), all(w() is None for w in wrs))

# referrers and tracking of objects made just after others died
class Box:
    pass
for round in range(3):
    junk = [Box() for i in range(100)]
    for j in junk:
        j.self = j
    del junk, j
    gc.collect()
    holder = [Box() for i in range(10)]
    target = holder[4]
    refs = gc.get_referrers(target)
    print('round', round, 'referrers:', sorted(type(r).__name__ for r in refs), any(r is holder for r in refs),
          'tracked:', gc.is_tracked(target), 'refcount:', sys.getrefcount(target))
    print('  Box objects alive:', sum(type(o) is Box for o in gc.get_objects()))
    del holder, target, refs

# garbage kept by DEBUG_SAVEALL survives intact while other objects churn
gc.set_debug(gc.DEBUG_SAVEALL)
for i in range(20):
    l = [i]
    l.append(l)
del l
gc.collect()
made = [[k] for k in range(100)]
print('saved garbage intact:', sorted(g[0] for g in gc.garbage if type(g) is list))
gc.set_debug(0)
for g in gc.garbage:
    if type(g) is list:
        g.clear()
del gc.garbage[:]
print('end', gc.collect())
