# ** with keys that are not str: "keywords must be strings" (a str subclass is a keyword)
def f(**k): pass
try:
    f(**{1: 2})
except TypeError as e:
    print(e)
def g(a): pass
try:
    g(**{1: 2})
except TypeError as e:
    print(e)
try:
    print(**{1: 2})
except TypeError as e:
    print(e)
try:
    dict(**{1: 2})
except TypeError as e:
    print(e)
class S(str): pass
def f(**k): print(sorted(k))
f(**{S('a'): 1})
try:
    f(**{1: 2}, b=3)
except TypeError as e:
    print(e)
try:
    f(*[1], **{2: 2})
except TypeError as e:
    print(e)
try:
    f(a=1, **{1: 2})
except TypeError as e:
    print(e)
