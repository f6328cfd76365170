# The cycle collector: 150,000 three-object cycles built with the collector disabled, then one
# gc.collect() frees them all (the run time is dominated by building them and by the collection).
import gc

gc.disable()


class Node:
    pass


def build(n):
    for i in range(n):
        a = Node(); b = Node(); c = Node()
        a.next = b; b.next = c; c.next = a


build(150000)
print(gc.collect())
gc.enable()
