# gc.callbacks: start/stop with the info dict; errors are unraisable and do not stop the others.
# pyheap-test: stress=audit-only (the callbacks also report the collections that stress triggers)
import gc
class A: pass
def cb(phase, info):
    print(phase, sorted(info.items()))
gc.collect()
gc.callbacks.append(cb)
a = A(); a.me = a; del a
n = gc.collect()
print("returned", n)
gc.collect(1)
gc.callbacks.remove(cb)
print(gc.collect())
