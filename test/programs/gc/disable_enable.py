# gc.disable stops automatic collections, not gc.collect().
import gc
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.set_threshold(3)
class A: pass
for i in range(50):
    a = A(); a.me = a
del a
gc.set_threshold(700)
print(gc.collect())
gc.enable()
print(gc.isenabled())
