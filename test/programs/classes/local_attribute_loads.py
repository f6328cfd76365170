# `local.name` loads (one fused instruction in pyheap's loop): the instance's own value, a class
# attribute, a property that looks at the object's count, __getattr__, __getattribute__, slots,
# a data descriptor added to the class after the site warmed up, __dict__ replaced, __class__
# changed, an unbound local, and the line of an AttributeError raised there.
import sys
import traceback


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Counted:
    @property
    def count(self):
        return sys.getrefcount(self)


class Fallback:
    def __init__(self):
        self.real = 1

    def __getattr__(self, name):
        return 'missing ' + name


class Intercept:
    def __getattribute__(self, name):
        return 'intercepted ' + name


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y):
        self.x = x
        self.y = y


def read_x(o):
    return o.x


def read_many(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append('AttributeError: ' + str(e))
    return out


p = P(1, 2)
for i in range(50):
    read_x(p)
print(read_x(p), read_many([P(3, 4), Slotted(5, 6), Fallback(), Intercept(), object()]))

c = Counted()
before = sys.getrefcount(c)
print(c.count - before)


def count_in_function():
    local = Counted()
    return local.count


print(count_in_function())

# a data descriptor on the class after the site has cached the instance value
class Box:
    pass


b = Box()
b.x = 'own'
for i in range(20):
    read_x(b)
print(read_x(b))
Box.x = property(lambda self: 'property wins')
print(read_x(b))
del Box.x
print(read_x(b))
Box.x = 'class attr'
print(read_x(b))
del b.x
print(read_x(b))
del Box.x

# __dict__ replaced, __class__ changed
b.x = 1
b.__dict__ = {'x': 'new dict'}
print(read_x(b))


class Other:
    x = 'Other.x'


b.__class__ = Other
print(read_x(b), read_many([b]))
del b.__dict__['x']
print(read_x(b))

# values of the object and of the attribute keep their counts
v = [1, 2]
q = P(v, None)
base_v, base_q = sys.getrefcount(v), sys.getrefcount(q)
for i in range(10):
    read_x(q)
print(sys.getrefcount(v) - base_v, sys.getrefcount(q) - base_q)


def unbound():
    if False:
        z = P(0, 0)
    return z.x


try:
    unbound()
except UnboundLocalError as e:
    print('UnboundLocalError', e)


def fails(o):
    a = 1
    return (a,
            o.nothing)


try:
    fails(P(1, 2))
except AttributeError:
    tb = traceback.extract_tb(sys.exc_info()[2])
    print([(fr.name, fr.lineno) for fr in tb], sys.exc_info()[1])


# a getter raising inside a fused load: the traceback goes through both frames
class Raises:
    @property
    def x(self):
        raise ValueError('from getter')


try:
    read_x(Raises())
except ValueError:
    print([(fr.name, fr.lineno) for fr in traceback.extract_tb(sys.exc_info()[2])])


# a getter that inspects its caller's line
class Where:
    @property
    def line(self):
        return sys._getframe(1).f_lineno


def where(o):
    return (0,
            o.line)


print(where(Where()))


# a __del__ run by the getter's result replacing nothing: the object is released after the load
class Temp:
    def __del__(self):
        print('Temp freed')

    @property
    def x(self):
        return 'temp x'


print(read_x(Temp()))
print('done')
