# __del__ of several self-cycles: allocation order; all members intact during __del__.
import gc
class D:
    def __init__(self, n):
        self.n = n
        self.me = self
        self.data = [n] * 3
    def __del__(self):
        print("del", self.n, self.data, self.me is self)
gc.collect()
for i in range(4):
    D(i)
print(gc.collect())
