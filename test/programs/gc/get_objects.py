# get_objects by generation: survivors move up one generation per collection.
# pyheap-test: stress=audit-only (prints how many objects each generation holds)
import gc
class Node: pass
gc.collect()
keep = [Node() for _ in range(10)]
def count(g):
    return len([o for o in gc.get_objects(generation=g) if isinstance(o, Node)])
print(count(0), count(1), count(2))
gc.collect(0)
print(count(0), count(1), count(2))
gc.collect(1)
print(count(0), count(1), count(2))
print(len([o for o in gc.get_objects() if isinstance(o, Node)]))
for bad in (3, -2):
    try:
        gc.get_objects(bad)
    except ValueError as e:
        print(e)
print(len([o for o in gc.get_objects(-1) if isinstance(o, Node)]))
