# classic itertools recipes built on the module's functions
from itertools import (islice, chain, count, cycle, groupby, tee, zip_longest, starmap,
                       repeat, filterfalse, accumulate, pairwise, compress, takewhile, dropwhile)
import operator

def take(n, it):
    return list(islice(it, n))
def grouper(iterable, n, fillvalue=None):
    args = [iter(iterable)] * n
    return zip_longest(*args, fillvalue=fillvalue)
def roundrobin(*iterables):
    pending = len(iterables)
    nexts = cycle(iter(it).__next__ for it in iterables)
    while pending:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            pending -= 1
            nexts = cycle(islice(nexts, pending))
def unique_everseen(iterable):
    seen = set()
    for element in filterfalse(seen.__contains__, iterable):
        seen.add(element)
        yield element
def sliding_window(iterable, n):
    its = tee(iterable, n)
    for i, it in enumerate(its):
        for _ in range(i):
            next(it, None)
    return zip(*its)
def partition(pred, iterable):
    t1, t2 = tee(iterable)
    return list(filterfalse(pred, t1)), list(filter(pred, t2))
def flatten(list_of_lists):
    return chain.from_iterable(list_of_lists)
print(take(5, count(10, 5)), list(grouper('ABCDEFG', 3, 'x')), list(roundrobin('ABC', 'D', 'EF')))
print(list(unique_everseen('AAAABBBCCDAABBB')), list(sliding_window('ABCDE', 3)))
print(partition(lambda x: x % 2, range(10)), list(flatten([[1, 2], [3], []])))
print(list(accumulate([3, 4, 6, 2, 1, 9, 0, 7, 5, 8], max)), list(accumulate(range(1, 6), operator.mul)))
print(list(starmap(operator.pow, zip(range(5), repeat(2)))), [k for k, g in groupby(sorted('mississippi'))])
print(list(pairwise(accumulate([1, 2, 3]))), list(compress(count(), [1, 0, 1, 1])))
print(list(takewhile(lambda x: x < 10, accumulate(count(1)))), list(dropwhile(str.isspace, '  hi ')))
def powerset(iterable):
    from itertools import combinations
    s = list(iterable)
    return chain.from_iterable(combinations(s, r) for r in range(len(s) + 1))
print(list(powerset([1, 2, 3])))
