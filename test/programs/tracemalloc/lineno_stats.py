# tracemalloc statistics by line: the blocks each line allocated and that are still alive.
# (No tuples are made while tracing (see warm.py), and globals are bound before tracing starts: creating a module-level name is an allocation whose
# timing is an implementation detail.)
import tracemalloc
from warm import fill_free_lists


class Point:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def make_strings(n):
    return ['item %d' % (i + 1000) for i in range(n)]


def build():
    blobs = [bytes(1000 + i) for i in range(20)]
    words = make_strings(100)
    points = [Point(i, i) for i in range(50)]
    table = {i: i for i in range(1000, 1050)}
    text = 'x' * 5000
    pairs = [[i, str(i)] for i in range(100)]
    floats = [i / 3 for i in range(200)]
    return [blobs, words, points, table, text, pairs, floats]


def show(stats, limit=None):
    for stat in stats[:limit]:
        print(str(stat).replace(__file__, 'prog.py'))


kept = snapshot = None
fill_free_lists()
tracemalloc.start()
kept = build()
snapshot = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
show(snapshot.statistics('lineno'))
show(snapshot.statistics('filename'))
print(len(snapshot.traces), sum(t.size for t in snapshot.traces) == sum(s.size for s in snapshot.statistics('lineno')))
current, peak = tracemalloc.get_traced_memory()
print(current > 0, peak >= current)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())
