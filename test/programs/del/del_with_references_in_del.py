# __del__ can still read its attributes and globals.
log = []
class D:
    def __init__(self, n):
        self.n = n
        self.data = [n] * 3
    def __del__(self):
        log.append((self.n, sum(self.data)))
for i in range(3):
    D(i)
print(log)
objs = [D(10), D(20)]
objs.reverse()
del objs
print(log)
