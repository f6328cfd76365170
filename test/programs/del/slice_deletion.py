# Deleting and assigning slices frees the removed items.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
l = [D(i) for i in range(6)]
del l[1:3]
print("after del l[1:3]")
del l[::2]
print("after del l[::2]")
l[0:1] = [D("new")]
print("after slice assignment", [d.n for d in l])
l = None
print("end")
