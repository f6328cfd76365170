# Generation sequence with small thresholds (10, 2, 2): gen 1 every third trigger; gen 2 is held
# pyheap-test: stress=audit-only (prints which allocations trigger collections)
# back by the 25% long-lived rule (a large ballast of long-lived objects makes the total big).
import gc
seq = []
def cb(phase, info):
    if phase == "start":
        seq.append(info["generation"])
ballast = [[] for _ in range(20000)]
gc.collect()
gc.set_threshold(10, 2, 2)
gc.callbacks.append(cb)
keep = []
for i in range(400):
    keep.append([i])
gc.callbacks.remove(cb)
gc.set_threshold(700, 10, 10)
print(seq)
