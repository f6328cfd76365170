# s += t in for loops: CPython quickens a code object after 8 backward jumps (co_warmup), then
# appends in place (the id is kept); pyheap fuses a for loop's backward jump with its next step.
def f(n):
    s = 'x' * 10
    ids = []
    for i in range(n):
        before = id(s)
        s += 'y'
        ids.append(id(s) == before)
    return ids
print(f(20))
def g(n):
    s = 'x' * 10
    out = []
    for c in 'abcdefghijklmnopqrst':
        b = id(s)
        s += c
        out.append(id(s) == b)
    return out
print(g(0))
