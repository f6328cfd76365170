# Argument errors of builtins in CPython's words: Argument Clinic's keyword parser (sum, exec,
# sorted's list.sort, math.prod/isclose), _PyArg_CheckPositional (eval, format), and the
# "doesn't"/"does not support item deletion" pair of PySequence_DelItem and PyObject_DelItem.
import math

def show(src):
    try:
        r = eval(src)
        print(src, '->', repr(r))
    except Exception as e:
        print(src, '->', type(e).__name__, e)

for src in ["sum()", "sum(start=1)", "sum(iterable=[])", "sum([], iterable=[])", "sum([], 1, 2)",
            "sum([], 1, start=2)", "sum([], x=1)", "sum([], start=1, x=2)", "sum([1, 2], start=3)",
            "exec()", "eval()", "eval('1', globals={})", "eval(1, 2, 3, 4)",
            "format()", "format(1, format_spec='')", "format(1, 'x', 3)",
            "sorted([], x=1)", "min([1], x=1)", "max([1], key=None, x=1)",
            "math.prod()", "math.prod([1], 2)", "math.prod([], x=1)", "math.prod([2, 3], start=2)",
            "math.isclose()", "math.isclose(1)", "math.isclose(1, rel_tol=1)", "math.isclose(1, 2, 3)",
            "math.isclose(1, 2, x=1)", "math.isclose(a=1, b=1)", "math.isclose(1, 1.0000000001)"]:
    show(src)

class Cls:
    pass

class WithSetOnly:
    def __setitem__(self, k, v):
        pass

class WithDelOnly:
    def __delitem__(self, k):
        pass

class Index:
    def __index__(self):
        raise ValueError('from __index__')

for obj in [(1, 2), 'ab', b'ab', range(3), frozenset(), {}.keys(), {}.values(), {}.items(), Cls(),
            None, 1, 2.5, len, Cls, iter([])]:
    for key in [0, True, 'a', 10 ** 100, Index()]:
        try:
            del obj[key]
        except Exception as e:
            print(type(obj).__name__, type(key).__name__, type(e).__name__, e)

try:
    del WithSetOnly()[0]
except Exception as e:
    print(type(e).__name__, e)
try:
    WithDelOnly()[0] = 1
except Exception as e:
    print(type(e).__name__, e)
try:
    (1, 2)[0] = 5
except Exception as e:
    print(type(e).__name__, e)
