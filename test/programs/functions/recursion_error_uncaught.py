# Uncaught RecursionError: exit 1, last stderr line is the RecursionError.
def forever(n):
    return forever(n + 1) + 1
print("start")
forever(0)
