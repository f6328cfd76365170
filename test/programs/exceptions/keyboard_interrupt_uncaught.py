# pyheap-test: stderr=full
# An uncaught KeyboardInterrupt: the traceback is printed, atexit handlers and finally blocks run,
# stdout is flushed, and then the process dies of SIGINT (exit_sigint: a shell shows status 130).
import atexit

atexit.register(lambda: print('atexit ran'))
print('before', end='')
try:
    raise KeyboardInterrupt('stop here')
finally:
    print(' finally ran')
