# One attribute-load site over instances whose attributes were set in different orders, deleted,
# shadowed by a class property added later, or moved into a materialised __dict__.
import sys


class A:
    pass


def make(order, **values):
    a = A()
    for name in order:
        setattr(a, name, values[name])
    return a


def read_x(objs):
    out = []
    for o in objs:
        try:
            out.append(o.x)
        except AttributeError as e:
            out.append(str(e))
    return out


objs = [make('xy', x=1, y=2), make('yx', x=3, y=4), make('x', x=5), make('zyx', x=6, y=7, z=8)]
print(read_x(objs))
del objs[1].x
objs[2].__dict__['x'] = 50
objs[3].__dict__.pop('z')
print(read_x(objs), objs[3].__dict__, objs[0].__dict__)
objs[0].x = 10
print(read_x(objs))
A.x = property(lambda self: 'prop')
print(read_x(objs))
del A.x
A.x = 'class attr'
print(read_x(objs))
del A.x
print(read_x(objs))
b = make('xy', x=[1], y=2)
c = make('xy', x=b, y=3)
print(read_x([b, c])[0], sys.getrefcount(b.x), sys.getrefcount(c.x))
for i in range(5):
    p = make('xy' if i % 2 else 'yx', x=i, y=-i)
    print(p.x, p.y, list(vars(p)))
