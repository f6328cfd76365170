# for loops (whose backward jump pyheap fuses with the next step): continue, break, else, nested
# loops, an iterator whose __next__ reads the caller's line, unpacking targets, an item's __del__
# run by the next step's store, generators, and an error's line inside a loop.
import sys, traceback
class It:
    def __init__(self, n): self.n = n
    def __iter__(self): return self
    def __next__(self):
        if self.n == 0: raise StopIteration
        self.n -= 1
        return sys._getframe(1).f_lineno
class D:
    def __init__(self, k): self.k = k
    def __del__(self): print('del', self.k, sys._getframe(1).f_lineno)
def loops():
    out = []
    for i in range(5):
        if i == 1: continue
        if i == 3: break
        out.append(i)
    for x in It(2):
        out.append(x)
    for j in range(3):
        for k in range(2):
            out.append((j, k))
    for a, b in [(1, 2), (3, 4)]:
        out.append(a + b)
    d = None
    for d in [D(1), D(2)]:
        pass
    del d
    for c in 'ab':
        out.append(c)
    else:
        out.append('else')
    return out
print(loops())
def gen():
    for i in range(3):
        yield i
print(list(gen()), sum(x * x for x in range(10)))
def bad():
    for q in [1, 0]:
        1 / q
try: bad()
except ZeroDivisionError as e: print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)])
