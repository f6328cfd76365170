# from module import *: __all__ decides what is bound (private names too), a name it lists that
# the module lacks raises AttributeError, module __getattr__ is asked, non-str items are refused.
from star_all_helper import *
print(pub, _listed)
print('other' in dir())

try:
    from star_missing_helper import *
except AttributeError as e:
    print(type(e).__name__, e)
print('here' in dir())   # bound before the missing name was reached

from star_getattr_helper import *
print(real, dynamic)

try:
    from star_badname_helper import *
except TypeError as e:
    print(type(e).__name__, e)

# a locals mapping that is not a dict gets __setitem__ calls, in __all__'s order
class Recorder(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)

exec('from star_all_helper import *', {}, Recorder())
ns = {}
exec('from star_all_helper import *', ns)
print(sorted(k for k in ns if k != '__builtins__'))
