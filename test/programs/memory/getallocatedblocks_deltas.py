# sys.getallocatedblocks() deltas for allocations whose block count does not depend on free-list
# state (free lists start differently filled in CPython and pyheap): each object, list buffer and str is one block; big buffers are raw blocks, counted too.
import sys

def delta(make):
    before = sys.getallocatedblocks()
    x = make()
    after = sys.getallocatedblocks()
    del x
    end = sys.getallocatedblocks()
    return after - before, end - before

# one dict on the dict free list on both sides, so the dict below is a reused block on both
warm = {}
del warm

print(delta(lambda: [object() for _ in range(1000)]))
print(delta(lambda: {i: str(i) for i in range(1000, 1500)}))
print(delta(lambda: bytearray(100000)))
print(delta(lambda: list(range(1000, 100000))))
print(delta(lambda: 'x' * 100000))
print(delta(lambda: {frozenset([i]) for i in range(200)}))
print(type(sys.getallocatedblocks()).__name__, sys.getallocatedblocks() > 0)
