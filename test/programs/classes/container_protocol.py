# __len__, __getitem__, __setitem__, __delitem__, __contains__, __iter__ fallback.
class Seq:
    def __init__(self):
        self.data = {}
    def __len__(self):
        return len(self.data)
    def __getitem__(self, k):
        if isinstance(k, slice):
            return ("slice", k.start, k.stop, k.step)
        if k >= len(self.data):
            raise IndexError(k)
        return self.data[k]
    def __setitem__(self, k, v):
        self.data[k] = v
    def __delitem__(self, k):
        del self.data[k]
s = Seq()
s[0] = "a"; s[1] = "b"; s[2] = "c"
print(len(s), s[1], s[1:5], s[::2], list(s), "b" in s, "z" in s)
del s[2]
print(len(s), list(s), bool(s))
for i, v in enumerate(s):
    print(i, v)
class Contains:
    def __contains__(self, x):
        print("contains", x)
        return x == 42
print(42 in Contains(), 1 not in Contains())
