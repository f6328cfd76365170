# AttributeError from `o.x` and `local.x` on objects with the generic getattr, which the loop
# raises without a JS throw: the same message, .name and .obj, context, line number and frees as
# before; and the paths it leaves alone (__getattr__, descriptors that raise, unset slots, types,
# modules).
import sys

class Plain:
    def __init__(self):
        self.a = 1

class Slotted:
    __slots__ = ('s',)

class WithGetattr:
    def __getattr__(self, name):
        if name == 'magic':
            return 42
        raise AttributeError(f'no {name} here')

class Prop:
    @property
    def p(self):
        raise AttributeError('from the getter')

p = Plain()

def show(f):
    try:
        r = f()
    except AttributeError as e:
        print(type(e).__name__, e.args, e.name, type(e.obj).__name__, e.__context__,
              e.__traceback__.tb_next.tb_lineno)
    else:
        print('ok', r)

show(lambda: p.a)
show(lambda: p.b)
show(lambda: Slotted().s)
show(lambda: WithGetattr().magic)
show(lambda: WithGetattr().other)
show(lambda: Prop().p)
show(lambda: Plain.zzz)
show(lambda: sys.nothing_here)
show(lambda: (1).real)
show(lambda: (1).imag2)
show(lambda: 'abc'.nope)

def local_attr():
    q = Plain()
    return q.missing          # LOAD_FAST__LOAD_ATTR

show(local_attr)

# the object's count while the error holds it in .obj, and after
o = Plain()
print(sys.getrefcount(o))
try:
    o.nothing
except AttributeError as e:
    print(sys.getrefcount(o), e.obj is o, e.name)
print(sys.getrefcount(o))

# __del__ when the AttributeError (holding .obj) is dropped at the end of the except block
class Noisy:
    def __del__(self):
        print('Noisy freed')

try:
    Noisy().x
except AttributeError:
    print('caught')
print('after')

# duck typing in a loop
class Duck:
    def quack(self):
        return 1

total = 0
for i in range(3000):
    x = Duck() if i % 3 else Plain()
    try:
        total += x.quack()
    except AttributeError:
        total += 10
print(total)

# hasattr and getattr with a default are unchanged
print(hasattr(p, 'a'), hasattr(p, 'b'), getattr(p, 'b', 'dflt'))

# .name and .obj as PyObject_GetAttr records them: the first getattr an AttributeError leaves
# (a property reading a missing attribute keeps the inner name), builtin getattr, attrgetter,
# subclasses of AttributeError, method calls
class Inner:
    @property
    def p(self):
        return self.q

class Sub(AttributeError):
    pass

class RaisesSub:
    def __getattr__(self, n):
        raise Sub('sub')

import operator
show(lambda: Inner().p)
show(lambda: Inner().p.real)
show(lambda: RaisesSub().y)
show(lambda: getattr(Inner(), 'zz'))
show(lambda: getattr(WithGetattr(), 'zz'))
show(lambda: operator.attrgetter('zz')(Inner()))
show(lambda: WithGetattr().meth())
show(lambda: Inner().p())
show(lambda: p.nope())

# uncaught, with CPython's suggestion
class Point:
    def __init__(self):
        self.xcoord = 1

pt = Point()
print(pt.xcord)
