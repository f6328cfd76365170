# atexit._run_exitfuncs runs and forgets the handlers; _clear forgets them without running.
import atexit

def h(n):
    print('handler', n)

base = atexit._ncallbacks()
atexit.register(h, 1)
atexit.register(h, 2)
atexit._run_exitfuncs()
print('after run', atexit._ncallbacks())
atexit.register(h, 3)
atexit._clear()
print('after clear', atexit._ncallbacks())
atexit.register(h, 4)
print('end')
