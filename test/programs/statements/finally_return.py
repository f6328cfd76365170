# return in finally overrides the try's return and swallows exceptions.
def f():
    try:
        return "try"
    finally:
        return "finally"
def g():
    try:
        raise KeyError("lost")
    finally:
        return "swallowed"
def h():
    for i in range(3):
        try:
            if i == 1:
                break
        finally:
            print("finally", i)
    return i
def k():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
print(f(), g(), h(), k())
