# tracemalloc: snapshots compared, tracebacks of several frames, filters, object tracebacks,
# peak tracking and the module's errors.
import tracemalloc
from warm import fill_free_lists


def leaf(n):
    return [bytes(600) for _ in range(n)]


def middle(n):
    return leaf(n)


def name(s):
    return s.replace(__file__, 'prog.py')


first = second = grown = obj = snap = None
fill_free_lists()
for bad in (0, 70000):
    try:
        tracemalloc.start(bad)
    except ValueError as e:
        print('ValueError:', e)
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print('RuntimeError:', e)
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory())

tracemalloc.start(3)
print(tracemalloc.get_traceback_limit())
first = tracemalloc.take_snapshot()
grown = middle(5)
second = tracemalloc.take_snapshot()
only_here = [tracemalloc.Filter(True, __file__)]
for stat in second.filter_traces(only_here).compare_to(first.filter_traces(only_here), 'lineno'):
    print(name(str(stat)))
for stat in second.filter_traces(only_here).statistics('traceback'):
    print(name(str(stat)), len(stat.traceback), stat.traceback.total_nframe)
    for line in stat.traceback.format():
        print(name(line))
    for line in stat.traceback.format(limit=1, most_recent_first=True):
        print(name(line))
for stat in second.filter_traces(only_here).statistics('lineno', cumulative=True):
    print(name(str(stat)))
print([name(repr(f)) for f in second.filter_traces(only_here).statistics('traceback')[0].traceback])

obj = middle(1)[0]
tb = tracemalloc.get_object_traceback(obj)
print(name(str(tb)), [f.lineno for f in tb], name(repr(tb[-1])))
print(tracemalloc.get_object_traceback(print))

drop_leaf = tracemalloc.Filter(False, __file__, lineno=8)
print(len(second.filter_traces(only_here + [drop_leaf]).traces))
any_frame = tracemalloc.Filter(True, '*compare_filters.py', lineno=12, all_frames=True)
print(len(second.filter_traces([any_frame]).traces), any_frame.filename_pattern.endswith('compare_filters.py'))
print(len(second.filter_traces([tracemalloc.Filter(True, '*nothing*')]).traces))
try:
    second.statistics('nope')
except ValueError as e:
    print('ValueError:', e)
try:
    second.statistics('traceback', cumulative=True)
except ValueError as e:
    print('ValueError:', e)
try:
    second.filter_traces(3)
except TypeError as e:
    print('TypeError:', e)

tracemalloc.reset_peak()
current, peak = tracemalloc.get_traced_memory()
big = bytes(100000)
del big
current2, peak2 = tracemalloc.get_traced_memory()
print(peak2 - peak >= 100000, current2 - current < 1000)
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traced_memory(), tracemalloc.get_object_traceback(obj))
