# Order in which a frame's locals are released on return (CPython: in slot order).
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f(p1, p2):
    first = D("first local")
    second = D("second local")
    third = D("third local")
    print("returning")
f(D("param 1"), D("param 2"))
print("end")
