# wraps / update_wrapper: copied attributes, __wrapped__, __dict__ merge
import functools

def deco(func):
    @functools.wraps(func)
    def wrapper(*args, **kwargs):
        return func(*args, **kwargs)
    return wrapper

@deco
def greet(name: str) -> str:
    """Say hello."""
    return "hello " + name

greet.extra = 1
print(greet("x"), greet.__name__, greet.__doc__, greet.__qualname__, greet.__module__)
print(greet.__annotations__, greet.__wrapped__.__name__, greet.__wrapped__("y"))

def source():
    pass
source.attr = "copied"
def target():
    pass
r = functools.update_wrapper(target, source)
print(r is target, target.__name__, target.attr, target.__wrapped__ is source)

def partial_assign():
    "doc"
def t2():
    pass
functools.update_wrapper(t2, partial_assign, assigned=('__doc__',), updated=())
print(t2.__name__, t2.__doc__)

class Callable:
    def __call__(self):
        return 1
c = Callable()
def t3():
    pass
functools.update_wrapper(t3, c)
print(t3.__name__, t3.__wrapped__ is c)
print(functools.WRAPPER_ASSIGNMENTS, functools.WRAPPER_UPDATES)

def stacked(func):
    @functools.wraps(func)
    def inner(*a):
        return func(*a) + 1
    return inner

@stacked
@stacked
def base():
    return 0
print(base(), base.__name__, base.__wrapped__.__wrapped__.__name__)
