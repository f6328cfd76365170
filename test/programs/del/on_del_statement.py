# del of the last name runs __del__ at once; del of one of two names does not.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
a = D("a")
b = a
del a
print("after del a")
del b
print("after del b")
c, d = D("c"), D("d")
del c, d
print("end")
