# send, throw and close on generators.
def accumulator():
    total = 0
    while True:
        try:
            value = yield total
        except ValueError as e:
            print("caught in generator:", e)
            value = 0
        if value is None:
            break
        total += value
    return total
g = accumulator()
print(next(g), g.send(5), g.send(10))
print(g.throw(ValueError("reset?")))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)
g2 = accumulator()
try:
    g2.send(1)
except TypeError as e:
    print(e)
g3 = accumulator()
next(g3)
try:
    g3.throw(KeyError("unhandled"))
except KeyError as e:
    print("propagated", e)
print(g3.gi_frame)
