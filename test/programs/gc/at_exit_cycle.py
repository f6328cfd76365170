# A garbage cycle with __del__ left at exit is collected by the shutdown collection.
# pyheap-test: stress=audit-only (a collection at an allocation before the exit finalizes the cycle before "end" is printed)
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a"); b = D("b")
a.b = b; b.a = a
del a, b
print("end")
