# Allocation churn with automatic collection on: short-lived cycles (instances and lists) created
# in a loop and left to the generation-0 collections. Prints how many survived to the end.
import gc


class Pair:
    def __init__(self, i):
        self.i = i
        self.other = None


def churn(rounds):
    kept = []
    for r in range(rounds):
        a = Pair(r); b = Pair(-r)
        a.other = b; b.other = a
        box = [a]
        box.append(box)
        if r % 1000 == 0:
            kept.append(a)
    return kept


kept = churn(300000)
gc.collect()
print(len(kept), sum(p.i for p in kept))
