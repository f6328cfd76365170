# An exception in a gc callback is reported as unraisable; the collection goes on.
import gc
def bad(phase, info):
    raise ValueError("boom " + phase)
def good(phase, info):
    print("good", phase)
gc.collect()
gc.callbacks.extend([bad, good])
print(gc.collect())
gc.callbacks.clear()
print("done")
