# close() raises GeneratorExit inside the generator; finally blocks run.
def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally runs")
g = gen()
print(next(g))
g.close()
print("closed", g.gi_frame is None)
g.close()
def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("got GeneratorExit")
        yield 2
s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print(type(e).__name__, e)
def unstarted():
    try:
        yield 1
    finally:
        print("never printed: not started")
u = unstarted()
u.close()
print("done")
