# Weak references to modules and to the functions in them.
import math
import sys
import weakref

r = weakref.ref(math)
print(r() is math, r().__name__)
rs = weakref.ref(sys)
print(rs() is sys)
f = weakref.ref(math.sqrt)
print(f() is math.sqrt, f()(16.0))
print(weakref.getweakrefcount(math) >= 1)
