# PEP 442: __del__ in a cycle runs once and the cycle is collected; gc.garbage stays empty.
# pyheap-test: stress=audit-only (an automatic collection finalizes the cycle before the explicit gc.collect())
import gc
class Res:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name, self.other.name)
gc.collect()
a = Res("a"); b = Res("b")
a.other = b; b.other = a
del a, b
print("collected", gc.collect())
print("garbage", gc.garbage)
print("again", gc.collect())
