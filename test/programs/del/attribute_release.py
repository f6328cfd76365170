# Deleting or overwriting an attribute frees the old value; freeing the owner frees its attributes.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
class Holder:
    pass
h = Holder()
h.a = D("a")
h.b = D("b")
h.a = D("a2")
print("after overwrite")
del h.b
print("after del h.b")
h.c = D("c")
del h
print("end")
