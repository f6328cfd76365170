# Cycles at exit when the young generation was collected halfway: __main__'s globals are in the
# oldest generation from the start (as CPython's startup collections leave them), so the order of
# __del__ calls at exit follows the generations the objects were in.
# pyheap-test: stress=audit-only (__del__ order at exit follows the collector's list order, which depends on the generations the objects are in)
import weakref

class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

x = D(1)
y = D(2)
x.y = y
y.x = x
z = D(3)
watch = weakref.ref(z, lambda w: print('callback for z'))
import gc; gc.collect(0)
solo = D(4)
solo.self = solo
print('end')
