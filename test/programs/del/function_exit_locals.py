# Locals are released when the function returns; the returned object survives.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("del", self.name)
def f():
    a = D("local a")
    b = D("local b")
    keep = D("returned")
    print("returning")
    return keep
r = f()
print("after call", r.name)
def g():
    D("temporary")
    print("after temporary")
g()
del r
print("end")
