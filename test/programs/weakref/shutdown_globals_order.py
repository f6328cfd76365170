# Objects alive at exit: finalized in the order CPython's shutdown reaches them.
# pyheap-test: stress=audit-only (__del__ order at exit follows the collector's list order, which depends on the generations the objects are in)
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)

b = D(2)
a = D(1)
items = [D(4), D(5), D(6)]
_private = D(3)
mapping = {'x': D(7), 'y': D(8)}
pair = (D(9), D(10))
def function():
    pass
print('end')
