# Refcount through aliases and containers, as in the GC notes.
import sys
x = [1, 2]
print(sys.getrefcount(x))
y = x
holder = {"k": x, "l": [x]}
print(sys.getrefcount(x))
def show(obj):
    print(sys.getrefcount(obj))
show(x)
show(holder["k"])
del holder
print(sys.getrefcount(x))
