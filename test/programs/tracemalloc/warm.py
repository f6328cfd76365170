# pyheap-test: module. Fills CPython's dict, list and float free lists so that python3 and pyheap
# start from the same state: a block taken from a free list is not a new allocation for
# tracemalloc, so the free lists' contents decide what gets traced. (Tuples have 2000-entry free
# lists per size: the programs avoid making tuples while tracing instead.)

def fill_free_lists():
    dicts = [{} for _ in range(100)]
    lists = [[] for _ in range(100)]
    floats = [float(i) + 0.5 for i in range(200)]
    del dicts, lists, floats
