# Loop variable rebinding frees the previous item when nothing else holds it.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
for i in range(3):
    x = D(i)
    print("made", i)
print("loop done")
def items():
    for i in range(3):
        yield D("gen%d" % i)
for y in items():
    print("got", y.n)
x = y = None
print("end")
