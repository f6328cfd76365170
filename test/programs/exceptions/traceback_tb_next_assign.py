# tb_next is writable (a traceback or None), as unittest uses it to cut its own frames;
# loops and wrong types are refused
def inner():
    1 / 0


def outer():
    inner()


try:
    outer()
except ZeroDivisionError as e:
    tb = e.__traceback__

names = []
t = tb
while t is not None:
    names.append(t.tb_frame.f_code.co_name)
    t = t.tb_next
print(names)
for bad in (3, tb):
    try:
        tb.tb_next.tb_next = bad
    except (TypeError, ValueError) as x:
        print(type(x).__name__, x)
try:
    del tb.tb_next
except TypeError as x:
    print(x)
tb.tb_next.tb_next = None
t, names = tb, []
while t is not None:
    names.append(t.tb_frame.f_code.co_name)
    t = t.tb_next
print(names)
