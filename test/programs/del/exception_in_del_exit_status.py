# An ignored __del__ exception does not change the exit status.
class Bad:
    def __del__(self):
        print("in __del__")
        1 / 0
def f():
    Bad()
    print("after temporary")
f()
print("done")
