# What tracemalloc sees of key-sharing instance dicts: each instance of a class with shared keys
# gets a values block (PyMem) of `names + usable` slots after an insertion-order prefix, and the
# usable count drops by one per instance made (never below 1); materialising __dict__ takes a
# dict from the free list and reuses that block.
import sys, tracemalloc

class O:
    pass

class P:
    def __init__(self):
        self.a = 1
        self.b = 2

keep = [None] * 80
tracemalloc.start()
traced = lambda: tracemalloc.get_traced_memory()[0]
O(); O()  # (the first instances warm up the loop's own allocations)
deltas = []
for i in range(35):
    before = traced()
    keep[i] = O()
    deltas.append(traced() - before)
print(deltas[2:])  # (the loop's own first allocations differ)
P(); P()
deltas = []
for i in range(35):
    before = traced()
    keep[40 + i] = P()
    deltas.append(traced() - before)
print(deltas[2:])
spare = {'k': 1}
del spare  # (a dict on the free list, as CPython has one there)
before = traced()
d = keep[3].__dict__
print("materialise:", traced() - before, sys.getsizeof(d))
before = traced()
keep[5] = None
print("free an instance:", traced() - before)
before = traced()
keep[41].c = 3
print("a new name:", traced() - before)
tracemalloc.stop()
