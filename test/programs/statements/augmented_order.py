# Augmented assignment evaluates the target's container and index once.
class Log(dict):
    def __getitem__(self, k):
        print("get", k)
        return super().__getitem__(k)
    def __setitem__(self, k, v):
        print("set", k, v)
        super().__setitem__(k, v)
def key():
    print("key()")
    return "a"
d = Log(a=1)
d[key()] += 10
print(dict(d))
