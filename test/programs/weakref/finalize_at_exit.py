# Finalizers still alive at exit run then, newest first, unless their atexit is False.
import weakref

class Resource:
    def __init__(self, name):
        self.name = name

keep = []
for name in ['first', 'second', 'third']:
    r = Resource(name)
    keep.append(r)
    weakref.finalize(r, print, 'finalize at exit:', name)
quiet = Resource('quiet')
fq = weakref.finalize(quiet, print, 'not at exit')
fq.atexit = False
gone = Resource('gone')
weakref.finalize(gone, print, 'finalized before exit')
del gone
print('end of program')
