# warnings shown on stderr in CPython's format (file:line: Category: message + source line),
# once per location by default, DeprecationWarning only from __main__, filters and actions
import warnings

def legacy(x):
    warnings.warn("legacy() is deprecated; use modern()", DeprecationWarning, stacklevel=2)
    return x

def risky(n):
    warnings.warn(f"risky value {n}")
    return n

for i in range(3):
    risky(i)
    legacy(i)
warnings.warn("module level", RuntimeWarning)
warnings.warn(UserWarning("an instance"))
warnings.warn("pending", PendingDeprecationWarning)
warnings.simplefilter("always")
risky(1)
risky(2)
warnings.simplefilter("once", UserWarning)
for i in range(3):
    warnings.warn("only once")
warnings.filterwarnings("ignore", message="risky")
risky(3)
warnings.filterwarnings("error", category=RuntimeWarning)
try:
    warnings.warn("now an error", RuntimeWarning)
except RuntimeWarning as e:
    print("caught:", e)
warnings.resetwarnings()
warnings.warn("after reset", SyntaxWarning)
print(warnings.formatwarning("text", FutureWarning, "some.py", 12, "x = 1"), end="")
warnings.warn("finally uncaught", FutureWarning)
warnings.simplefilter("error")
warnings.warn("fatal", UserWarning)
