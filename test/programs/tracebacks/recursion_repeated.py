# Full traceback of a RecursionError: repeated lines are collapsed.
def countdown(n):
    return countdown(n - 1)
countdown(10)
