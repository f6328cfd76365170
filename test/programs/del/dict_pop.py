# dict.pop, popitem and del d[k].
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {i: D(i) for i in range(4)}
d.pop(1)
print("after pop(1)")
d.popitem()
print("after popitem()")
del d[0]
print("after del d[0]")
v = d.pop(2)
print("holding", v.n)
del v
print("end")
