# Keys with their own __eq__/__hash__: which comparisons a dict makes (count, order, the
# reference counts __eq__ sees), in small dicts and in dicts past pyheap's small-table size.
import sys

log = []


class K:
    def __init__(self, n, h):
        self.n = n
        self.h = h

    def __hash__(self):
        log.append(('hash', self.n))
        return self.h

    def __eq__(self, other):
        # (the stored key is held by the lookup; other's count depends on the bytecode's specialisation)
        log.append(('eq', self.n, getattr(other, 'n', other), sys.getrefcount(self)))
        return isinstance(other, K) and self.n == other.n

    def __repr__(self):
        return 'K(%d)' % self.n


def flush(tag):
    print(tag, log)
    log.clear()


for size in (3, 8, 9, 30):
    print('== size', size)
    keys = [K(i, i % 3) for i in range(size)]
    d = {}
    for k in keys:
        d[k] = k.n
    flush('build')
    print(d[K(1, 1)], K(size, 0) in d, d.get(K(2, 2), 'missing'))
    flush('lookups')
    print(d[keys[1]], keys[2] in d)
    flush('identical keys')
    d[K(0, 0)] = 'replaced'
    flush('replace')
    del d[K(1, 1)]
    flush('delete')
    # (a new key with the deleted key's hash would take its place in CPython's probe order;
    # pyheap tries equal-hash keys in entry order: see dicttable.ts)
    d[K(size + 1, 7)] = 'new'
    flush('insert after delete')
    d[K(size + 2, 2)] = 'newer'
    flush('insert after delete, colliding')
    print(len(d), sys.getsizeof(d), list(d.values())[:4])
    d2 = d.copy()
    print(d2 == d)
    flush('copy and compare')


# a key not a str whose hash equals a str key's, and that says it is equal to it
class Like:
    def __init__(self, s):
        self.s = s

    def __hash__(self):
        return hash(self.s)

    def __eq__(self, other):
        log.append(('Like eq', other))
        return other == self.s


for n in (2, 20):
    d = {'w%d' % i: i for i in range(n)}
    print(d.get(Like('w1')), Like('w0') in d, d.get(Like('zz')))
    flush('Like in %d' % n)
    d[Like('w1')] = 'via Like'
    print(d['w1'], len(d))
    flush('Like store %d' % n)
    d[5] = 5
    print(d.get(Like('w0')), d.get(Like('absent')))
    flush('Like with int key %d' % n)


# str subclass keys with their own __eq__
class Loud(str):
    def __eq__(self, other):
        log.append(('Loud eq', str(self), other))
        return str.__eq__(self, other)

    __hash__ = str.__hash__


for n in (3, 12):
    d = {('s%d' % i): i for i in range(n)}
    print(d[Loud('s1')], Loud('nope') in d)
    flush('Loud lookup %d' % n)
    d[Loud('s2')] = 'loud'
    print(d['s2'], [type(k).__name__ for k in d][:3])
    flush('Loud store %d' % n)


# __eq__ raising: the error comes out of the lookup; the dict is unchanged
class Bad:
    def __hash__(self):
        return 1

    def __eq__(self, other):
        raise ValueError('no comparing')


for n in (1, 10):
    d = {Bad(): 1}
    for i in range(n):
        d[i + 100] = i
    try:
        d[True] = 2
    except ValueError as e:
        print('set:', e, len(d))
    try:
        print(d[1])
    except ValueError as e:
        print('get:', e)
    print(d.get(2), sys.getrefcount(d))


# __eq__ that changes the dict: the lookup starts again
class Mutator:
    def __init__(self, n, target):
        self.n = n
        self.target = target
        self.armed = True

    def __hash__(self):
        return 5

    def __eq__(self, other):
        log.append(('Mutator eq', self.n, getattr(other, 'n', other)))
        if self.armed:
            self.armed = False
            self.target[('filler', len(self.target))] = None
        return isinstance(other, Mutator) and other.n == self.n


for n in (2, 12):
    d = {}
    for i in range(n):
        d[('pre', i)] = i
    m1 = Mutator(1, d)
    d[m1] = 'one'
    probe = Mutator(2, d)
    probe.armed = False
    m1.armed = True
    print(d.get(probe), len(d))
    flush('mutating eq %d' % n)
    print(d.get(m1), len(d))
    flush('identity %d' % n)
