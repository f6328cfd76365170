# A cycle keeps a large structure alive; collecting frees all of it (__del__ of the leaves run).
import gc
class Leaf:
    n = 0
    def __del__(self):
        Leaf.n += 1
gc.collect()
root = {'leaves': [Leaf() for _ in range(50)], 'nested': [[Leaf()] for _ in range(5)]}
root['self'] = root
del root
print(gc.collect())
print(Leaf.n)
