# get_referrers finds the containers that refer to an object.
import gc
target = ["t"]
holder1 = [target]
holder2 = {"k": target}
class H: pass
h = H(); h.t = target
refs = gc.get_referrers(target)
print(any(r is holder1 for r in refs), any(r is holder2 for r in refs))
print(sum(1 for r in refs if type(r) is list and r is holder1))
