# catch_warnings(record=True): recorded WarningMessage objects, nesting, restoring filters,
# replacing showwarning, stacklevel
import warnings

def deep(level):
    warnings.warn("from deep", UserWarning, stacklevel=level)

with warnings.catch_warnings(record=True) as log:
    warnings.simplefilter("always")
    deep(1)
    deep(2)
    warnings.warn("dep", DeprecationWarning)
    with warnings.catch_warnings(record=True) as inner:
        warnings.simplefilter("always")
        warnings.warn("inner one")
    print(len(inner), inner[0].message)
for w in log:
    print(w.category.__name__, w.message, w.lineno, w.filename == __file__, w.line)
print(len(log), isinstance(log[0].message, UserWarning), str(log[0]))
print(warnings.filters[0])
cw = warnings.catch_warnings(record=True)
print(repr(cw), repr(warnings.catch_warnings()))
seen = []
def collect(message, category, filename, lineno, file=None, line=None):
    seen.append((str(message), category.__name__, lineno))
old = warnings.showwarning
warnings.showwarning = collect
warnings.warn("to collector")
warnings.warn("to collector")
warnings.warn("other", ResourceWarning)
warnings.showwarning = old
print(seen)
with warnings.catch_warnings():
    warnings.simplefilter("error", UserWarning)
    try:
        deep(2)
    except UserWarning as e:
        print("raised:", e)
try:
    warnings.warn("bad", int)
except TypeError as e:
    print("TypeError:", e)
with warnings.catch_warnings(record=True) as log2:
    warnings.simplefilter("default")
    for i in range(3):
        warnings.warn("same place")
    warnings.warn_explicit("explicit", UserWarning, "fake.py", 42)
print([(str(w.message), w.filename, w.lineno) for w in log2])
