# Freeing nested containers: depth-first, each container in its own order.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
data = [D("a"), [D("b0"), D("b1")], {"x": D("c"), "y": (D("d0"), D("d1"))}, D("e")]
del data
print("end")
