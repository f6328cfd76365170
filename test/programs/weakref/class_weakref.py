# Weak references to classes: a class lives in cycles (its __mro__, its methods), the collector frees it.
import gc
import weakref

gc.disable()
def make_class():
    class Temp:
        def method(self):
            pass
    return Temp

T = make_class()
r = weakref.ref(T, lambda w: print('class callback'))
print(r() is T, r().__name__)
del T
print('alive before collect:', r() is not None)
n = gc.collect()
print('collected something:', n > 0, 'alive:', r() is not None)
