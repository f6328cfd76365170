# from module import *: public names only.
from helper_mod import *
print(VALUE, greet("z"), Thing(2))
print("_private" in dir())
