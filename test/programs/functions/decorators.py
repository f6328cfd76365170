# Decorators: plain, stacked (applied bottom-up), with arguments.
def shout(f):
    def wrapper(*a, **k):
        return f(*a, **k).upper()
    return wrapper
def exclaim(f):
    def wrapper(*a, **k):
        return f(*a, **k) + "!"
    return wrapper
def repeat(n):
    def deco(f):
        def wrapper(*a):
            return [f(*a) for _ in range(n)]
        return wrapper
    return deco
@shout
@exclaim
def hello(name):
    return "hello " + name
@exclaim
@shout
def bye(name):
    return "bye " + name
@repeat(3)
def dbl(x):
    return x * 2
print(hello("ann"), bye("bob"), dbl(4), hello.__name__)
