# A NameError inside a function: locals first, then globals, then builtins are searched.
THRESHOLD = 10

def check(value):
    limit = THRESHOLD
    return value > THRESHHOLD

check(5)
