# How deep recursion through C-level paths goes: CPython 3.11 counts its C recursion checks (repr,
# calling a class or an instance, METH_O builtins, min/max) together with Python frames, so each
# level here takes two or three units, and the message names the check that tripped.
import sys
n = 0
class R:
    def __repr__(self):
        global n
        n += 1
        return repr(self)
try:
    repr(R())
except RecursionError as e:
    print(e, n)
class D:
    made = 0
    def __init__(self, k):
        D.made += 1
        self.c = D(k + 1)
try:
    D(0)
except RecursionError as e:
    print(e, D.made)
class I:
    calls = 0
    def __call__(self):
        I.calls += 1
        return self()
try:
    I()()
except RecursionError as e:
    print(e, I.calls)
class N:
    def __new__(cls, k):
        return super().__new__(cls)
    made = 0
    def __init__(self, k):
        N.made += 1
        self.c = N(k + 1)
try:
    N(0)
except RecursionError as e:
    print(e, N.made)
def f():
    sys.setrecursionlimit(3)
try:
    f()
except RecursionError as e:
    print(e)
sys.setrecursionlimit(1000)
k = 0
def mx(x):
    global k
    k += 1
    return max([x], key=mx)
try:
    mx(1)
except RecursionError as e:
    print(e, k)
