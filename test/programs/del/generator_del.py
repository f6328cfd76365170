# A suspended generator releases its frame's locals when it is freed.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def gen():
    x = D("generator local")
    yield 1
    yield 2
g = gen()
next(g)
print("suspended")
del g
print("after del g")
g2 = gen()
print("never started")
g2 = None
print("end")
