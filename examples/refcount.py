# How many references does a list have? (CPython 3.11 prints 2, 3, 2)
import sys

a = []
print(sys.getrefcount(a))   # the global name + getrefcount's argument

def func(x):
    print(sys.getrefcount(x))   # + the parameter (3.11 moves the argument into the frame)

func(a)
print(sys.getrefcount(a))
