# finalize at exit: newest first, an exception is reported and the rest still run.
import weakref

class C:
    pass

def boom():
    raise ValueError('finalizer failed')

a, b, c = C(), C(), C()
weakref.finalize(a, print, 'finalize a')
weakref.finalize(b, boom)
weakref.finalize(c, print, 'finalize c')
print('end')
