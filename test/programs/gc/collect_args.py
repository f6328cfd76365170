# gc.collect's argument.
import gc
print(gc.collect(generation=0) >= 0)
for g in (3, -1):
    try:
        gc.collect(g)
    except ValueError as e:
        print("ValueError", e)
try:
    gc.collect("x")
except TypeError as e:
    print("TypeError")
