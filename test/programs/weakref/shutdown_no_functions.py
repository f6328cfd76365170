# A module without functions: its globals die when the module is dropped.
import weakref
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('del', self.n)
first = D(1)
second = D(2)
lst = [D(3), D(4)]
r = weakref.ref(second, lambda w: print('second callback'))
print('end')
