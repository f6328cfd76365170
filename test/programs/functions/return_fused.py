# Returns that pyheap's loop runs fused with the instruction before them: `return a + b` (also
# with operands whose __add__ and __del__ run Python code, and an error at the operator's line),
# `return <constant>`, and a generator's return value.
import sys, traceback
class V:
    def __init__(self, v): self.v = v
    def __add__(self, o): return V(self.v + o.v)
    def __del__(self): print('del', self.v)
def add(a, b):
    return a + b
def addi(a, b):
    a += b
    return a
def none():
    return None
def konst():
    return 'kk'
def bad(a):
    return (a +
            'x')
def g():
    yield 1
    return 5
print(add(1, 2), add(V(1), V(2)).v, addi(2, 3), none(), konst())
try: bad(1)
except TypeError as e: print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)], e)
it = g(); print(next(it))
try: next(it)
except StopIteration as e: print('stop', e.value)
print(list(g()))
print(sys.getrefcount(konst()))
