# Keyword-only parameters and the errors when they are misused.
def f(a, *, key, opt=0):
    return a, key, opt
print(f(1, key=2), f(a=1, key=2, opt=3))
for call in [lambda: f(1, 2), lambda: f(1), lambda: f(1, key=1, bad=2), lambda: f(key=1)]:
    try:
        call()
    except TypeError as e:
        print(e)
