# get_stats grows with each collection of that generation.
# pyheap-test: stress=audit-only (prints collection statistics)
import gc
before = gc.get_stats()
class A: pass
a = A(); a.me = a; del a
gc.collect()
gc.collect(0)
gc.collect(1)
after = gc.get_stats()
print([sorted(s.keys()) for s in after][0])
print([after[i]['collections'] - before[i]['collections'] for i in range(3)])
print(after[2]['collected'] - before[2]['collected'])
