# The 3.11 numbers for list, dict and list/tuple cycles.
import gc
gc.collect()
l = []; l.append(l); del l
print("list", gc.collect())
d = {}; d[1] = d; del d
print("dict", gc.collect())
l = []; t = (l,); l.append(t); del l, t
print("list+tuple", gc.collect())
d = {'self': None}; d['self'] = [d]; del d
print("dict+list", gc.collect())
s = []; s.append({'k': (s,)}); del s
print("list+dict+tuple", gc.collect())
