# The order in which the collector finalizes the trash follows its list surgery exactly
# (move_unreachable moves objects to the trash, and back to the end of young when a reachable
# object refers to them). A deterministic pseudo-random graph of objects with __del__, some held
# from outside, shows that order, and which objects survive.
import gc

gc.disable()
gc.collect()

order = []


class N:
    def __init__(self, i):
        self.i = i
        self.refs = []

    def __del__(self):
        order.append(self.i)


def graph(seed, n, edges, roots):
    x = seed
    def rnd(k):
        nonlocal x
        x = (x * 1103515245 + 12345) % 2147483648
        return (x >> 16) % k
    nodes = [N(i) for i in range(n)]
    for _ in range(edges):
        a = rnd(n); b = rnd(n)
        nodes[a].refs.append(nodes[b])
    kept = [nodes[rnd(n)] for _ in range(roots)]
    return kept


for seed, n, edges, roots in [(1, 40, 60, 2), (7, 60, 120, 3), (11, 30, 30, 0), (5, 80, 100, 6)]:
    del order[:]
    kept = graph(seed, n, edges, roots)
    got = gc.collect()
    print(seed, got, order)
    alive = sorted({k.i for k in kept})
    del order[:]
    del kept
    print("  then", gc.collect(), alive, order)
gc.enable()
