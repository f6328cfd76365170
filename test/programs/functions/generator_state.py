# Generator state and local variables kept across yields; a generator cannot be reentered.
def gen():
    local = []
    for i in range(3):
        local.append(i)
        yield list(local)
g = gen()
print(g.gi_running, g.gi_frame.f_lineno > 0)
print(next(g), next(g), next(g))
print(list(g), g.gi_frame)
def reenter():
    yield next(me)
me = reenter()
try:
    next(me)
except ValueError as e:
    print(e)
