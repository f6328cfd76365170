# filter matching: message regexes (case-insensitive, from the start), modules, line numbers,
# categories and their subclasses, insert vs append, the registry, warn_explicit
import warnings

class MyWarning(UserWarning):
    pass

def show(message, category, filename, lineno, file=None, line=None):
    print(f"shown: {category.__name__}: {message} (line {lineno})")

warnings.showwarning = show
warnings.simplefilter("always")
warnings.filterwarnings("ignore", message="skip")
warnings.warn("Skip me please")
warnings.warn("do not skip me")
warnings.filterwarnings("error", category=MyWarning)
try:
    warnings.warn("custom", MyWarning)
except MyWarning as e:
    print("raised:", e)
warnings.warn("user warnings still shown")
warnings.filterwarnings("ignore", module="__main__")
warnings.warn("ignored by module")
warnings.filterwarnings("always", module="__main__", lineno=32)
warnings.warn("line 32 is shown")
warnings.filterwarnings("ignore", category=RuntimeWarning, append=True)
print([f[0] for f in warnings.filters[:6]])
warnings.resetwarnings()
print(warnings.filters)
warnings.simplefilter("default")
registry = {}
for _ in range(3):
    warnings.warn_explicit("explicit", UserWarning, "fake.py", 7, module="fake", registry=registry)
print(sorted(k for k in registry if k != "version"), registry.get("version") is not None)
warnings.simplefilter("module")
for line in (1, 2, 3):
    warnings.warn_explicit("per module", UserWarning, "mod.py", line, module="m", registry=registry)
warnings.simplefilter("once")
for name in ("a.py", "b.py"):
    warnings.warn_explicit("once only", UserWarning, name, 1, registry={})
print(warnings.formatwarning("fmt", DeprecationWarning, "f.py", 3, line="  code()  "), end="")
def my_format(message, category, filename, lineno, line=None):
    return f"[{category.__name__}] {message}\n"
warnings.formatwarning = my_format
del warnings.showwarning
warnings.simplefilter("always")
import io, sys
saved = sys.stderr
sys.stderr = io.StringIO()
warnings.warn("formatted by my_format")
text = sys.stderr.getvalue()
sys.stderr = saved
print(repr(text))
