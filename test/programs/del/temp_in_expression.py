# Temporaries die as soon as the expression no longer needs them.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
    def value(self):
        return self.n
print("result", D("t1").value())
print(len([D("t2"), D("t3")]))
x = D("t4").value() + D("t5").value()
print(x)
