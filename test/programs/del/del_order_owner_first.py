# The owner's __del__ runs before its attributes are released.
class D:
    def __init__(self, n, child=None):
        self.n = n
        self.child = child
    def __del__(self):
        print("del", self.n, "child alive:", self.child is not None and self.child.n)
root = D("root", D("child", D("grandchild")))
del root
print("end")
