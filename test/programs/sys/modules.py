# sys.modules holds the imported modules.
import sys
import math
print("sys" in sys.modules, "math" in sys.modules, "__main__" in sys.modules, "builtins" in sys.modules)
print(sys.modules["sys"] is sys, sys.modules["math"] is math, sys.modules["__main__"].__name__)
print(type(sys.modules).__name__, __name__, sys.modules[__name__] is sys.modules["__main__"])
