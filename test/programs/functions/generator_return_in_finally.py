# A generator abandoned mid-iteration: its finally runs when the generator is freed.
def gen(tag):
    try:
        yield 1
        yield 2
    finally:
        print("cleanup", tag)
for x in gen("loop-break"):
    print("got", x)
    break
print("after loop")
g = gen("rebind")
next(g)
g = None
print("after rebind")
