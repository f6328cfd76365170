# A dict frees its keys and values in insertion order (key then value per entry).
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def __hash__(self):
        return 1
d = {}
d[D("key0")] = D("val0")
d[D("key1")] = D("val1")
d[D("key2")] = D("val2")
del d
print("end")
