# list.clear and del l[:] release items last to first.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
l = [D(i) for i in range(4)]
l.clear()
print("cleared")
m = [D(i) for i in range(10, 13)]
del m[:]
print("slice-deleted")
