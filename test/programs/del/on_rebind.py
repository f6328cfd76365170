# __del__ runs immediately when the last reference is rebound.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
x = D("first")
print("rebinding")
x = D("second")
print("rebound")
x = None
print("end")
