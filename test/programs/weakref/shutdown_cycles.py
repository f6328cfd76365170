# Cycles and weakref callbacks at exit.
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
solo = D(4)
solo.self = solo
print('end')
