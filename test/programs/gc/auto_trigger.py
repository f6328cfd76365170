# With a small threshold, collections start automatically: watch them through gc.callbacks.
# pyheap-test: stress=audit-only (prints which allocations trigger collections)
import gc
log = []
def cb(phase, info):
    if phase == "start":
        log.append(info["generation"])
gc.collect()
gc.set_threshold(5, 2, 2)
gc.callbacks.append(cb)
keep = []
for i in range(60):
    keep.append([])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(log)
