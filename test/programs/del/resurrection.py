# An object resurrected by __del__ (stored in a global) stays alive; __del__ is not run again.
saved = []
class Phoenix:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("__del__", self.name)
        saved.append(self)
p = Phoenix("bird")
del p
print("resurrected:", saved[0].name, len(saved))
saved.clear()
print("cleared without a second __del__")
q = Phoenix("second")
q = None
print(len(saved), saved[0].name)
