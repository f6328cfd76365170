# dict.clear releases values in insertion order.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
d = {}
for k in ["z", "a", "m"]:
    d[k] = D(k)
d.clear()
print("cleared")
e = {i: D(i) for i in range(3)}
del e
print("deleted dict")
