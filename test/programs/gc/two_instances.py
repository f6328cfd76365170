# Two plain instances referencing each other: 2 objects in 3.11 (no materialized __dict__).
import gc
class Node:
    pass
gc.collect()
x = Node(); y = Node()
x.other = y; y.other = x
del x, y
print(gc.collect())
