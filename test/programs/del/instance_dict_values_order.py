# An instance's attributes are released in the order they were set.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Holder:
    def __init__(self):
        self.first = D("first")
        self.second = D("second")
        self.third = D("third")
h = Holder()
h = None
print("end")
