# pyheap-test: stress=audit-only (prints generation counts, which collections at every allocation reset)
# gc.get_count() after calls that CPython 3.11 packs into an args tuple (a class, int(), f(*it)):
# right after gc.collect(2) the tuple free lists are empty, so the first tuple of each size is a
# new allocation counted in generation 0, and it stays on its free list when the call ends.
import gc


class A:
    def __init__(self, *x, **kw):
        pass


class K:
    def __call__(self, *a):
        return len(a)


def counts(f):
    gc.collect()
    f()
    return gc.get_count()


print(counts(lambda: A(1)))
print(counts(lambda: [A(i, i, i, i, i, i, i) for i in range(3)]))
print(counts(lambda: [A(*range(i)) for i in range(30)]))
print(counts(lambda: [A(*range(25)) for i in range(30)]))
print(counts(lambda: [int(i) for i in range(30)]))
print(counts(lambda: [K()(i, i) for i in range(5)]))
print(counts(lambda: [max(i, i + 1) for i in range(5)]))
print(counts(lambda: [A(x=i) for i in range(5)]))
print(counts(lambda: A(1, 2, 3)))
