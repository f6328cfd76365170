# sys.getsizeof's default is returned only when __sizeof__ raises TypeError (anything else, and a
# negative size, still raise); its arguments can be given by keyword. gc.get_referents/referrers
# take no keywords; sys.intern refuses str subclasses.
import sys, gc

class RaisesValueError:
    def __sizeof__(self):
        raise ValueError('v')

class RaisesTypeError:
    def __sizeof__(self):
        raise TypeError('t')

class ReturnsStr:
    def __sizeof__(self):
        return 'x'

class Negative:
    def __sizeof__(self):
        return -1

for o in [RaisesValueError(), RaisesTypeError(), ReturnsStr(), Negative()]:
    for args in [(o,), (o, 'default')]:
        try:
            print(type(o).__name__, len(args), sys.getsizeof(*args))
        except Exception as e:
            print(type(o).__name__, len(args), type(e).__name__, e)

for src in ["sys.getsizeof()", "sys.getsizeof(1, 2, 3)", "sys.getsizeof(object=1)", "sys.getsizeof(1, default=5)",
            "sys.getsizeof(x=1)", "sys.getsizeof(1, x=1)", "sys.getsizeof(RaisesTypeError(), default=None)",
            "gc.get_referents(a=1)", "gc.get_referrers(a=1)", "gc.get_referents()",
            "sys.intern(1)", "sys.intern()", "sys.intern(s='a')", "sys.intern('abc')"]:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)

class S(str):
    pass

try:
    sys.intern(S('x'))
except TypeError as e:
    print(e)
