# globals() and locals() contents (keys only, sorted, dunders filtered).
import sys
g_value = 1
def f(a, b=2):
    c = 3
    return sorted(locals())
print(f(1))
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["g_value"], "__name__" in globals(), globals()["__name__"])
globals()["injected"] = "via globals()"
print(injected)
def g():
    x = 1
    loc = locals()
    loc["x"] = 99
    return x
print(g(), locals() is globals())
