# Unbounded recursion raises RecursionError, which can be caught; the program continues.
def down(n):
    return down(n + 1)
try:
    down(0)
except RecursionError as e:
    print(type(e).__name__, e)
def f():
    return f()
for i in range(3):
    try:
        f()
    except RecursionError as e:
        print(i, e)
print("still alive")
