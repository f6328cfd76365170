# Freeing a list nested 100,000 deep must not crash.
l = []
for i in range(100000):
    l = [l]
print("built")
del l
print("freed")
d = {}
for i in range(100000):
    d = {"k": d}
d = None
print("freed dicts")
t = ()
for i in range(100000):
    t = (t,)
t = 0
print("freed tuples")
