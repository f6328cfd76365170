# A garbage cycle with __del__ left at exit is collected by the shutdown collection.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a"); b = D("b")
a.b = b; b.a = a
del a, b
print("end")
