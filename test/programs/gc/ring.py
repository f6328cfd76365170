# A ring of N instances, and rings of lists and dicts.
import gc
class Node:
    def __init__(self, i):
        self.i = i
        self.next = None
gc.collect()
for n in (1, 2, 5, 100):
    first = Node(0)
    cur = first
    for i in range(1, n):
        cur.next = Node(i)
        cur = cur.next
    cur.next = first
    del first, cur
    print(n, gc.collect())
ls = [[] for _ in range(10)]
for i in range(10):
    ls[i].append(ls[(i + 1) % 10])
del ls
print("lists", gc.collect())
ds = [{} for _ in range(7)]
for i in range(7):
    ds[i]['n'] = ds[(i + 1) % 7]
del ds
print("dicts", gc.collect())
