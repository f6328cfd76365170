# Refcounts seen inside comprehensions (the comprehension is its own function in 3.11).
import sys
a = []
print([sys.getrefcount(x) for x in [a]])
print([sys.getrefcount(x) for x in (a,)])
items = [a, a]
print([sys.getrefcount(x) for x in items])
print({id(k) == id(a): sys.getrefcount(k) for k in [a]})
print(sum(sys.getrefcount(x) for x in items))
print(sys.getrefcount(a))
