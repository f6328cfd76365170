# A list frees its items from last to first; a tuple too.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
l = [D("list0"), D("list1"), D("list2")]
del l
print("---")
t = (D("tuple0"), D("tuple1"), D("tuple2"))
del t
print("end")
