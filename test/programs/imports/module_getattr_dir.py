# PEP 562: a package's module-level __getattr__ and __dir__; dir() of a module without one lists its
# globals only; relative imports inside the package.
import lazypkg
from lazypkg import part as p, VALUE
import lazypkg.consts as c
import sys
import types
print(lazypkg.helper(), VALUE, p.helper(), c.X, lazypkg.lazy, dir(lazypkg))
try:
    lazypkg.nope
except AttributeError as e:
    print(e)
print(lazypkg.__name__, lazypkg.part.__name__, lazypkg.__package__, p.__package__)
print(sorted(k for k in sys.modules if k.startswith('lazypkg')))
m = types.ModuleType('m')
print(dir(m))
m.x = 1
print(dir(m), m.__dir__() == list(m.__dict__))
print(dir(c))
print([k for k in c.__dict__ if k.startswith('__')], [k for k in lazypkg.__dict__ if k.startswith('__')][:9])
