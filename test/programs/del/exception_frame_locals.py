# A traceback keeps the raising frame's locals alive until the exception is dropped.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
def fail():
    local = D("local of failing frame")
    raise ValueError("boom")
try:
    fail()
except ValueError as e:
    print("in except block")
print("after except block")
def keep():
    try:
        fail()
    except ValueError as e:
        return e
err = keep()
print("exception kept")
del err
print("end")
