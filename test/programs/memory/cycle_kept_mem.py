# Two big lists in a reference cycle stay in memory after the function returns, until
# gc.collect() finds the cycle and frees them (the seed cycle_leak_mem, smaller).
import gc
import psutil

def uss():
    return round(psutil.Process().memory_full_info().uss / 1024 / 1024, 2)

def make_cycle():
    a = [i for i in range(1000000)]
    b = [i for i in range(1000000, 2000000)]
    print('after building a and b', uss())
    a.append(b)
    b.append(a)

print('initial', uss())
make_cycle()
print('after the function returned', uss())
print('the collector found the cycle:', gc.collect() == 2)  # every number printed is a figure
print('after gc.collect()', uss())
