# Objects captured in closure cells die with the last closure.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def make():
    obj = D("captured")
    def get():
        return obj.n
    return get
f = make()
print(f())
g = f
del f
print("one closure left")
del g
print("end")
