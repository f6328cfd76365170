# The order in which the collector finds trash (and so calls __del__) follows the order in which it
# visits each object's references: for a plain instance its attribute values in the order the
# class's shared keys gave them indices, then its class. Instances of every layout are mixed here:
# plain (inline values), with a materialised __dict__, with __slots__, subclassing a builtin, and
# with attributes deleted and re-added (the values keep their index order, not insertion order).
import gc

order = []


class Plain:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


class WithDict(Plain):
    pass


class Slotted:
    __slots__ = ('name', 'a', 'b', '__weakref__')

    def __init__(self, name):
        self.name = name

    def __del__(self):
        order.append(self.name)


class ListSub(list):
    def __init__(self, name):
        super().__init__()
        self.name = name

    def __del__(self):
        order.append(self.name)


def ring(n, tag):
    gc.disable()
    nodes = []
    for i in range(n):
        k = i % 4
        if k == 0:
            o = Plain(f'{tag}p{i}')
        elif k == 1:
            o = WithDict(f'{tag}d{i}')
            o.__dict__['extra'] = i  # the dict object exists now
        elif k == 2:
            o = Slotted(f'{tag}s{i}')
        else:
            o = ListSub(f'{tag}l{i}')
        nodes.append(o)
    # every node refers to two others: a ring plus chords, in varying attribute orders
    for i, o in enumerate(nodes):
        nxt, far = nodes[(i + 1) % n], nodes[(i * 7 + 3) % n]
        if isinstance(o, ListSub):
            o.append(far)
            o.append(nxt)
        elif i % 3 == 0:
            o.b = far
            o.a = nxt
        else:
            o.a = nxt
            o.b = far
            if i % 5 == 0 and not isinstance(o, Slotted):
                del o.a
                o.a = nxt
    return nodes


# 1. the whole ring is trash
nodes = ring(24, 'x')
del nodes
order.clear()
print('collected', gc.collect())
print(order)

# 2. part of it is held from outside: what it reaches survives, the rest is found in walk order
nodes = ring(24, 'y')
keep = nodes[5]
held = [nodes[17].a if hasattr(nodes[17], 'a') else nodes[17][1]]
del nodes
order.clear()
print('collected', gc.collect())
print(order)
del keep, held
order.clear()
print('collected', gc.collect())
print(order)

# 3. a young collection: the ring was made after a full collection, old objects refer into it
anchor = Plain('anchor')
gc.collect()
gc.enable()
nodes = ring(12, 'z')
anchor.a = nodes[3]
del nodes
order.clear()
print('collected', gc.collect(0))
print(sorted(order))
anchor.a = None
order.clear()
print('collected', gc.collect())
print(order)

# 4. a reachable instance met after the objects it refers to: they move back behind it in the order
# its attributes are visited (index order), and that order is the survivors' order from then on
gc.disable()


class Holder(Plain):
    pass


first = Holder('warm')  # gives Holder's keys the indices name, a, b, c
first.a = first.b = first.c = None
holders = []
for i in range(3):
    t1, t2, t3 = Plain(f't{i}.1'), Plain(f't{i}.2'), Plain(f't{i}.3')
    t1.a, t2.a, t3.a = t2, t3, t1  # a cycle, so nothing dies by refcounting alone
    h = Holder(f'h{i}')
    h.c = t1  # inserted first, but visited last (index order, not insertion order)
    h.b = t3
    h.a = t2
    holders.append(h)
    del t1, t2, t3, h
order.clear()
print('collected', gc.collect())
for h in holders:
    h.a = h.b = h.c = h  # detach the t objects: now only their own cycle holds them
del h
print('collected', gc.collect())
print(order)
del holders, first
order.clear()
print('collected', gc.collect())
print(order)
gc.enable()
