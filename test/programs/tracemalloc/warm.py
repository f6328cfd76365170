# pyheap-test: module. Fills CPython's dict, list and float free lists so that python3 and pyheap
# start from the same state: a block taken from a free list is not a new allocation for
# tracemalloc, so the free lists' contents decide what gets traced. (Tuples have 2000-entry free
# lists per size: the programs avoid making tuples while tracing instead, except for the tuple a
# call of a class packs its arguments in, which a few small tuples on the free lists cover.)

def fill_free_lists():
    dicts = [{} for _ in range(100)]
    lists = [[] for _ in range(100)]
    floats = [float(i) + 0.5 for i in range(200)]
    small_tuples = [(i,) for i in range(20)] + [(i, i) for i in range(20)] + [(i, i, i) for i in range(20)]
    del dicts, lists, floats, small_tuples
