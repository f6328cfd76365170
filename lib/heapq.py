"""Heap queue algorithm (a.k.a. priority queue), for pyheap.

Heaps are lists for which a[k] <= a[2*k+1] and a[k] <= a[2*k+2] for all k. heappush, heappop,
heapify, heapreplace, heappushpop and the _max variants are the builtin module _heapq's
(modules/heapq.ts). merge() sifts its own entries the same way: an item removed from the top is
replaced by the last leaf, which first sinks all the way to a leaf along the smaller children and
then rises to its place, as CPython's sift loops do.
"""

__all__ = ['heappush', 'heappop', 'heapify', 'heapreplace', 'merge',
           'nlargest', 'nsmallest', 'heappushpop']


def _rise(heap, top, pos, less):
    """Move heap[pos] up towards `top` while it is smaller than its parent."""
    item = heap[pos]
    while pos > top:
        parent_pos = (pos - 1) >> 1
        parent = heap[parent_pos]
        if less(item, parent):
            heap[pos] = parent
            pos = parent_pos
            continue
        break
    heap[pos] = item


def _sink(heap, pos, less):
    """Move heap[pos] down to a leaf along the smaller children, then let it rise."""
    end = len(heap)
    top = pos
    item = heap[pos]
    child = 2 * pos + 1
    while child < end:
        right = child + 1
        if right < end and not less(heap[child], heap[right]):
            child = right
        heap[pos] = heap[child]
        pos = child
        child = 2 * pos + 1
    heap[pos] = item
    _rise(heap, top, pos, less)


def _lt(a, b):
    return a < b


def _gt(a, b):
    return b < a


# the heap functions are builtins (modules/heapq.ts), as CPython's come from _heapq
from _heapq import *
from _heapq import _heapify_max, _heappop_max, _heapreplace_max


def merge(*iterables, key=None, reverse=False):
    '''Merge multiple sorted inputs into a single sorted output.

    Similar to sorted(itertools.chain(*iterables)) but returns a generator,
    does not pull the data into memory all at once, and assumes that each of
    the input streams is already sorted (smallest to largest).

    >>> list(merge([1,3,5,7], [0,2,4,8], [5,10,15,20], [], [25]))
    [0, 1, 2, 3, 4, 5, 5, 7, 8, 10, 15, 20, 25]

    If *key* is not None, applies a key function to each element to determine
    its sort order.

    >>> list(merge(['dog', 'horse'], ['cat', 'fish', 'kangaroo'], key=len))
    ['dog', 'cat', 'fish', 'horse', 'kangaroo']

    '''
    # entries [sort key, input number, value, iterator]: the input number breaks ties so
    # that equal values come out in input order (and values themselves are never compared)
    sign = -1 if reverse else 1
    entries = []
    for number, iterable in enumerate(iterables):
        it = iter(iterable)
        for value in it:
            entries.append([value if key is None else key(value), sign * number, value, it])
            break
    less = _gt if reverse else _lt

    def entry_less(a, b):
        if a[0] == b[0] or not (less(a[0], b[0]) or less(b[0], a[0])):
            return less(a[1], b[1]) if reverse else a[1] < b[1]
        return less(a[0], b[0])

    for i in reversed(range(len(entries) // 2)):
        _sink(entries, i, entry_less)
    while entries:
        top = entries[0]
        yield top[2]
        for value in top[3]:
            top[0] = value if key is None else key(value)
            top[2] = value
            _sink(entries, 0, entry_less)
            break
        else:
            last = entries.pop()
            if entries:
                entries[0] = last
                _sink(entries, 0, entry_less)


def nsmallest(n, iterable, key=None):
    """Find the n smallest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key)[:n]


def nlargest(n, iterable, key=None):
    """Find the n largest elements in a dataset.

    Equivalent to:  sorted(iterable, key=key, reverse=True)[:n]
    """
    if n <= 0:
        return []
    return sorted(iterable, key=key, reverse=True)[:n]
