# A big dict: its keys table is one big C-allocated block, its keys and values live in arenas.
import psutil

def uss():
    return round(psutil.Process().memory_full_info().uss / 1024 / 1024, 2)

print('initial', uss())
d = {i: i * 2 for i in range(500000)}
print('after the dict', uss())
d.clear()
print('after clear()', uss())
del d
print('after del', uss())
