# `obj.name = local` stores (LOAD_FAST, LOAD_FAST, STORE_ATTR run as one instruction in pyheap's
# loop): inline values, __slots__ without the name, __setattr__, a property setter reading its
# caller's line, an old value's __del__, unbound locals in either position.
import sys, traceback
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
class S:
    __slots__ = ('a',)
    def __init__(self, a, b):
        self.a = a
        self.b = b
class W:
    def __setattr__(self, name, value):
        print('setattr', name, value)
        object.__setattr__(self, name, value)
    def __init__(self, v):
        self.v = v
class Old:
    def __init__(self, k): self.k = k
    def __del__(self): print('del Old', self.k, sys._getframe(1).f_lineno)
class Prop:
    @property
    def p(self): return self._p
    @p.setter
    def p(self, v):
        print('set p', sys._getframe(1).f_lineno)
        self._p = v
    def __init__(self, v):
        self.p = v
p = P(1, 2)
print(p.x, p.y)
try: S(1, 2)
except AttributeError as e: print([(f.name, f.lineno) for f in traceback.extract_tb(e.__traceback__)], e)
val = [1]
base_count = sys.getrefcount(val)
W(val)
def replace(o, v):
    o.x = v
q = P(Old(1), 0)
replace(q, Old(2))
replace(q, 3)
Prop(5)
def unb():
    if False: v = 1
    self = P(0, 0)
    self.x = v
try: unb()
except UnboundLocalError as e: print(e)
def unb2(v):
    if False: o = 1
    o.x = v
try: unb2(1)
except UnboundLocalError as e: print(e)
print(sys.getrefcount(val) - base_count)
