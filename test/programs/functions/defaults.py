# Default argument values are evaluated once, at definition time.
counter = 0
def next_default():
    global counter
    counter += 1
    return counter
def f(a, b=next_default(), c="c"):
    return a, b, c
print(f(1), f(1, 2), f(1, c="z"), counter)
def append_to(x, bucket=[]):
    bucket.append(x)
    return bucket
print(append_to(1), append_to(2), append_to(3, []), append_to(4))
def safe(x, bucket=None):
    if bucket is None:
        bucket = []
    bucket.append(x)
    return bucket
print(safe(1), safe(2))
print(f.__defaults__, append_to.__defaults__)
