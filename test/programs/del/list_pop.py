# list.pop: the popped item dies when the result is discarded.
class D:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print("del", self.n)
l = [D(i) for i in range(4)]
l.pop()
print("after pop()")
l.pop(0)
print("after pop(0)")
x = l.pop()
print("after x = pop()", x.n)
x = None
print("remaining", [d.n for d in l])
del l
print("end")
