# Lazy untracking of tuples happens in young's order after the unreachable objects are found:
# a tuple of tuples is untracked only if its items were untracked before it in that order, and
# objects first thought unreachable, then found reachable, come at the end of that order.
# pyheap-test: stress=audit-only (automatic collections untrack tuples at other moments)
import gc

gc.disable()
gc.collect()


def mk(*a):
    return a


class Box:
    pass


def state(name, objs):
    print(name, [gc.is_tracked(o) for o in objs])


# inner created before outer: both untracked by one collection
inner = mk(1, 2)
outer = mk(inner, 3)
gc.collect(0)
state("inner first", [inner, outer])

a1 = mk(5, 6)
o1 = mk(a1)
gc.collect(0)
state("simple", [a1, o1])

# a chain of tuples, deepest created last through a list that is emptied afterwards
lst = []
t3 = mk(lst)
t2 = mk(t3)
t1 = mk(t2)
gc.collect(0)
state("chain with list", [t1, t2, t3])
lst.append(1)
gc.collect()
state("chain after full", [t1, t2, t3])

# a tuple that looks unreachable first: it is referred to only by a box created after it, and
# the box is held from outside; the tuple moves back to the end of young
x = mk(7, 8)
box = Box()
box.t = x
y = mk(x, 9)
del x
gc.collect(0)
state("moved back", [box.t, y])

# dicts of atoms are untracked only by full collections, after the tuples
d = {"a": mk(1, 2)}
e = {"b": mk([], 2)}
gc.collect(1)
state("dicts gen1", [d, e, d["a"], e["b"]])
gc.collect()
state("dicts full", [d, e, d["a"], e["b"]])
gc.enable()
