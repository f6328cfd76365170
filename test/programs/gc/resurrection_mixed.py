# N self-cycles plus one resurrector: N collected, the resurrected object and what it reaches survive.
# pyheap-test: stress=audit-only (automatic collections take some cycles first, so gc.collect() returns less)
import gc
keep = []
class Plain:
    pass
class Res:
    def __del__(self):
        keep.append(self)
gc.collect()
for i in range(5):
    p = Plain(); p.me = p
del p
r = Res(); r.me = r; r.payload = [1, 2, 3]
del r
print(gc.collect())
print(len(keep), keep[0].payload)
del keep[:]
print(gc.collect())
