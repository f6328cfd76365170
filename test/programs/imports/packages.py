# Packages: dotted imports, relative imports, __import__ with fromlist, submodules set on parents
import pkg.sub
print(pkg.sub.leaf.Y, pkg.X)
from pkg import mod
print(mod.Z)
import pkg.mod as pm
print(pm is mod)
from pkg.sub import leaf
import sys
print(sorted(k for k in sys.modules if k.startswith('pkg')))
try:
    import pkg.nope
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    import pkg.mod.x
except ModuleNotFoundError as e:
    print(e, e.name)
try:
    from pkg import nothing
except ImportError as e:
    print(type(e).__name__, str(e).split(' (')[0])
print(__import__('pkg.sub', fromlist=['leaf']).__name__)
print(__import__('pkg.sub').__name__)
print(sys.getrefcount(pkg))
