# os._exit(n) ends the process at once with status n: no atexit handlers, no finally blocks, no
# flushing (what stdout shows depends on its buffering: everything under -u/PYTHONUNBUFFERED, only
# what was already written otherwise); its argument errors are Argument Clinic's.
import os, sys, atexit

atexit.register(lambda: print('atexit handler ran'))
print('before', type(os._exit).__name__)
print('partial line', end='')
for src in ['os._exit()', 'os._exit(1.5)', 'os._exit("a")', 'os._exit(status=1, x=2)', 'os._exit(2**40)']:
    try:
        eval(src)
    except Exception as e:
        print(src, type(e).__name__, e, file=sys.stderr)
try:
    os._exit(3)
finally:
    print('finally ran')
