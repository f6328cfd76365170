# UnboundLocalError: assignment later in the function makes the name local.
count = 10
def bump():
    count += 1
    return count
try:
    bump()
except UnboundLocalError as e:
    print(type(e).__name__, e, isinstance(e, NameError))
def later():
    print(x)
    x = 5
later()
