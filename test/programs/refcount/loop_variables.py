# A for loop's target keeps the last item alive after the loop.
import sys
a, b = [], []
for item in [a, b]:
    print(sys.getrefcount(item))
print(sys.getrefcount(a), sys.getrefcount(b))
del item
print(sys.getrefcount(b))
def f(seq):
    for x in seq:
        pass
    return sys.getrefcount(x)
print(f((a, b)))
