# from-imports bind names; later changes to the module attribute are not seen.
from helper_mod import VALUE, greet, Thing as T
import helper_mod
print(VALUE, greet("y"), T(1))
helper_mod.VALUE = 0
print(VALUE, helper_mod.VALUE)
import sys
print("helper_mod" in sys.modules, sys.modules["helper_mod"] is helper_mod)
