# `local.method(...)` calls (LOAD_FAST fused with LOAD_METHOD in pyheap's loop): a method, one the
# instance shadows, a staticmethod put on the class later, a str method, a missing method's
# error line, an unbound local, a property returning a callable.
import sys, traceback
class A:
    def m(self, k=1): return ('A.m', k, sys.getrefcount(self))
    def n(self): return 'A.n'
a = A()
print(a.m(), a.m(2), a.n())
a.m = lambda k=0: ('own', k)
print(a.m(), a.n())
del a.m
A.m = staticmethod(lambda k=5: ('static', k))
print(a.m())
s = 'abc'
print(s.upper(), s.count('b'))
def f(o):
    return o.missing()
try: f(a)
except AttributeError as e: print([(x.name, x.lineno) for x in traceback.extract_tb(e.__traceback__)], e)
def g():
    if False: z = 1
    return z.m()
try: g()
except UnboundLocalError as e: print(e)
class P:
    @property
    def m(self): return lambda: ('prop', sys._getframe(1).f_lineno)
p = P()
print(p.m())
