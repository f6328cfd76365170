# Freed small blocks keep their arena: freeing every other string of a big list frees blocks in
# every pool, but no arena becomes empty, so the process keeps its memory; freeing the rest
# empties the arenas and memory falls.
import psutil

def uss():
    return round(psutil.Process().memory_full_info().uss / 1024 / 1024, 2)

print('initial', uss())
a = [' ' * 100 + str(i) for i in range(500000)]
print('after 500000 strings', uss())
keep = a[::2]
del a
print('after freeing every other one', uss())
del keep
print('after freeing the rest', uss())
