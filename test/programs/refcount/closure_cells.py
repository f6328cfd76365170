# A variable captured by a closure lives in a cell; the cell holds the one reference.
import sys
def outer():
    x = []
    before = sys.getrefcount(x)
    def inner():
        return sys.getrefcount(x)
    return before, inner
before, inner = outer()
print(before, inner())
cell = inner.__closure__[0]
print(sys.getrefcount(cell.cell_contents))
v = cell.cell_contents
print(inner())
del inner
print(sys.getrefcount(v))
