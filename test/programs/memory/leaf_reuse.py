# Freed ints, floats and strs give their blocks back at once: the next object of the same size
# class reuses the address, in CPython's pattern (pymalloc LIFO free lists, the float free list).
import sys

def ids_of_temporaries(make, n):
    """id() of n temporaries made and dropped one after another"""
    return [id(make(i)) for i in range(n)]

def same_pattern(ids):
    """how often consecutive temporaries shared an address"""
    return sum(1 for a, b in zip(ids, ids[1:]) if a == b)

big = 10 ** 6
print('int', same_pattern(ids_of_temporaries(lambda i: big + i, 50)))
print('float', same_pattern(ids_of_temporaries(lambda i: i + 0.5, 50)))
# (a few thousand live strs first: which addresses consecutive strs of one size class get depends
# on how full that class's pools are, and in CPython that depends on what its startup allocated,
# the environment's variables included; with fresh pools the pattern is the same everywhere)
keep = ['q%d' % i for i in range(3000)]
print('str', same_pattern(ids_of_temporaries(lambda i: 'k' + str(i * 1000), 50)))
del keep

# a freed int's block is the next int's
a = big + 1
ida = id(a)
del a
b = big + 2
print('reuse after del', id(b) == ida)

# two live ints, freed in one order and reallocated: LIFO
x = big + 3
y = big + 4
idx, idy = id(x), id(y)
del x
del y
p = big + 5
q = big + 6
print('lifo', id(p) == idy, id(q) == idx)

# ints, strs and floats of one size class share blocks: an int's freed block serves a str
s_before = big + 7
ids = id(s_before)
del s_before
t = 'ab' + str(len(sys.argv))
print('int block to str', id(t) == ids, sys.getsizeof(t) <= 64)

# refcounts of the temporaries' results
v = big * 3
print(sys.getrefcount(v), sys.getrefcount(v + 1), sys.getrefcount(1.5 * v))

# subclasses of int, float and str are freed by the generic path
class I(int): pass
class F(float): pass
class S(str): pass
for k in range(3):
    i, f, s = I(big + k), F(k + 0.5), S('s' * (k + 2))
    print(type(i).__name__, i, f, s, sys.getrefcount(i))
del i, f, s

# a loop's counter and arithmetic results: each step frees the last value's block
seen = set()
for i in range(big, big + 200):
    seen.add(id(i))
print('counter blocks', len(seen))
acc = 0.0
fids = set()
for i in range(200):
    acc = acc + 0.5
    fids.add(id(acc))
print('float blocks', len(fids), acc)
