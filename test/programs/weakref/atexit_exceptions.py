# An exception in an atexit handler is reported; the remaining handlers still run.
import atexit

def ok(n):
    print('ok', n)

def fails():
    raise RuntimeError('handler failed')

atexit.register(ok, 1)
atexit.register(fails)
atexit.register(ok, 2)
print('end')
