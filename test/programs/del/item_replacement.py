# Replacing a list item or dict value frees the old one at once.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
l = [D("a"), D("b")]
l[0] = None
print("after l[0] = None")
l[1] = D("c")
print("after l[1] = D('c')")
d = {"k": D("v1")}
d["k"] = D("v2")
print("after d['k'] = D('v2')")
d.update(k=D("v3"))
print("after update")
del l, d
print("end")
