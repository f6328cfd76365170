# print() allocates as CPython's argument clinic does: a tuple of its positional arguments on
# every call (from the tuple free lists, which a full collection empties) and, on its first
# call, the tuple of its keyword names. gc.get_count() shows both.
import gc
import sys

gc.disable()
gc.collect()
get = gc.get_count
seen = []
seen.append(get()[0])
seen.append(get()[0])
print('a')
seen.append(get()[0])
print('b')
seen.append(get()[0])
print('b', 'c')
seen.append(get()[0])
print('d', end='')
seen.append(get()[0])
print('e', sep='-')
seen.append(get()[0])
sys.stdout.flush()
print()
seen.append(get()[0])
print(1, 2, 3, 4, 5, 6, 7)
seen.append(get()[0])
gc.collect()
print(gc.get_count())
for i in range(3):
    print(i, gc.get_count())
print(seen)
