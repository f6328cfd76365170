# warnings attributed to callers with stacklevel, shown once per location, and as errors
import warnings

def api(value):
    if value is None:
        warnings.warn("api(None) is deprecated", FutureWarning, stacklevel=2)
    return value

def helper():
    return api(None)

for _ in range(2):
    api(None)
helper()
helper()
warnings.warn("plain", stacklevel=1)
warnings.warn("from beyond the stack", UserWarning, stacklevel=5)
warnings.filterwarnings("error", category=FutureWarning)
try:
    api(None)
except FutureWarning as e:
    print("error:", e)
helper()
