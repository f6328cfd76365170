# A suspended generator in a cycle: its finally block runs when the collector finalizes it.
import gc
gc.collect()
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        print("gen finally", len(box))
box = []
g = gen(box); box.append(g); next(g)
del g, box
print("gen", gc.collect())
