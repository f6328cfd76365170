# The collection alone: 150,000 three-object cycles (450,000 objects) are built with the collector
# disabled, then one gc.collect() frees them. Only that collection is timed, by the collector
# itself: with gc.DEBUG_STATS both CPython and pyheap end a collection with
# "gc: done, N unreachable, 0 uncollectable, T s elapsed" on stderr, and bench/run.js reads T.
# bench: collection time from gc DEBUG_STATS
import gc

gc.disable()


class Node:
    pass


def build(n):
    for i in range(n):
        a = Node(); b = Node(); c = Node()
        a.next = b; b.next = c; c.next = a


build(150000)
gc.set_debug(gc.DEBUG_STATS)
collected = gc.collect()
gc.set_debug(0)
print(collected)
gc.enable()
