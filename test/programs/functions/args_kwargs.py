# *args and **kwargs collect extra arguments.
def f(a, *args, b=2, **kwargs):
    return a, args, b, kwargs
print(f(1))
print(f(1, 2, 3))
print(f(1, 2, b=5, c=6, d=7))
print(f(a=0, z=1))
def count(*args, **kwargs):
    return len(args), sorted(kwargs)
print(count(), count(*range(5), **dict(x=1, y=2)))
print(type(f(1, 2)[1]).__name__, type(f(1, q=1)[3]).__name__)
