# atexit.unregister removes every registration of a function (compared with ==).
import atexit

def a():
    print('a')
def b():
    print('b')

before = atexit._ncallbacks()
atexit.register(a)
atexit.register(b)
atexit.register(a)
print(atexit._ncallbacks() - before)
atexit.unregister(a)
print(atexit._ncallbacks() - before)
atexit.unregister(len)
try:
    atexit.register(42)
except TypeError as e:
    print(e)
try:
    atexit.register()
except TypeError as e:
    print(e)
print('end')
