# An explicit d.__del__() is an ordinary call: the runtime still runs __del__ once when d is freed.
class D:
    count = 0
    def __del__(self):
        D.count += 1
        print("__del__ call", D.count)
d = D()
d.__del__()
print("explicit call does not free it")
del d
print("total", D.count)
