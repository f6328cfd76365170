# Tuple items and tuple concatenation/slicing.
import sys
a = []
t = (a, a, a)
print(sys.getrefcount(a))
t2 = t + (a,)
print(sys.getrefcount(a))
t3 = t[1:]
print(sys.getrefcount(a))
t4 = t[:]
print(t4 is t, sys.getrefcount(t))
del t, t2, t3, t4
print(sys.getrefcount(a))
x, y = (a, a)
print(sys.getrefcount(a))
