# timeit: Timer with string and callable statements and setups, repeat, globals, autorange; what
# it compiles (Timer.src), its errors, and gc switched back on after timing.
import timeit
t = timeit.Timer('x = sum(range(10))')
r = t.timeit(1000)
print(type(r).__name__, r >= 0)
print(len(timeit.repeat('[1, 2, 3]', number=100, repeat=3)))
print(type(timeit.timeit(lambda: None, number=10)).__name__)
print(timeit.Timer('y = a * 2', setup='a = 21').timeit(5) >= 0)
print(timeit.Timer(stmt='pass', setup=lambda: None).src)
g = {'v': 3}
print(timeit.timeit('v * 2', globals=g, number=3) >= 0)
for bad in (1, None):
    try:
        timeit.Timer(bad)
    except ValueError as e:
        print(e)
try:
    timeit.Timer('x = (')
except SyntaxError as e:
    print('SyntaxError', e.filename, e.lineno)
import gc
print(gc.isenabled())
n, taken = timeit.Timer('pass').autorange()
print(n >= 1, taken >= 0.2)
