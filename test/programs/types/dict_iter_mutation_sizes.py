# Changing a dict while iterating over it, for dicts inside and past pyheap's small-table size
# (8 entries): the errors, and what the iteration saw before them.


def attempt(tag, n, change, view=lambda d: d):
    d = {('k%d' % i): i for i in range(n)}
    seen = []
    try:
        for k in view(d):
            seen.append(k)
            if len(seen) == 2:
                change(d)
    except RuntimeError as e:
        print(tag, n, 'RuntimeError:', e, seen, len(d))
    else:
        print(tag, n, 'ok', seen, len(d))


def add(d):
    d['new'] = 0


def delete(d):
    del d['k0']


def delete_add(d):
    del d['k0']
    d['other'] = 1


def replace_value(d):
    d['k1'] = 'changed'


def pop_push(d):
    d.popitem()
    d['fresh'] = 2


def clear_refill(d):
    n = len(d)
    d.clear()
    for i in range(n):
        d['r%d' % i] = i


def grow_past(d):
    for i in range(20):
        d['g%d' % i] = i
    for i in range(20):
        del d['g%d' % i]


for n in (3, 8, 9, 40):
    for change in (add, delete, delete_add, replace_value, pop_push, clear_refill, grow_past):
        attempt(change.__name__, n, change)
    attempt('values', n, delete_add, lambda d: d.values())
    attempt('items', n, add, lambda d: d.items())
    attempt('reversed', n, delete_add, lambda d: reversed(d))
    attempt('reversed items', n, add, lambda d: reversed(d.items()))

# an iterator made before a change, used after it
for n in (4, 12):
    d = dict.fromkeys(range(n))
    it = iter(d)
    next(it)
    d[n] = None
    try:
        next(it)
    except RuntimeError as e:
        print(n, 'after add:', e)
    del d[n]
    try:
        print(n, 'after restoring the size:', next(it), list(it))
    except RuntimeError as e:
        print(n, 'after restoring the size:', e)
    it = iter(d.items())
    next(it)
    del d[0]
    d[0] = 'back'
    try:
        print(n, 'delete and reinsert:', list(it))
    except RuntimeError as e:
        print(n, 'delete and reinsert:', e)
    print(n, list(d.items())[-2:], it.__length_hint__())
