# An exception's or a function's attributes live in a real dict, made in its dict slot by the first
# attribute stored: gc.collect() counts it with its owner, gc.get_count() counts its allocation.
# pyheap-test: stress=audit-only (prints gc.collect() results and gc.get_count() deltas, which collections at every allocation change)
import gc, sys
gc.collect()
e = ValueError(); e.me = e; del e; print(gc.collect())
class MyErr(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code
        self.me = self
m = MyErr(3); print(sys.getsizeof(m.__dict__), m.__dict__ == {'code': 3, 'me': m}); del m; print(gc.collect())
def f(): pass
f.attr = [f]
del f; print(gc.collect())
gc.collect()
c0 = gc.get_count()[0]
x = KeyError(); x.a = 1
print(gc.get_count()[0] - c0)
def g(): pass
c0 = gc.get_count()[0]
g.a = 1
print(gc.get_count()[0] - c0, gc.is_tracked(g.__dict__))
g.b = []
print(gc.is_tracked(g.__dict__))
try:
    raise MyErr(5)
except MyErr as err:
    print(err.code, sys.getsizeof(err.__dict__))
