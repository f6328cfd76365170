# Valid Python 3.11 exercising much of the grammar; checked against ast.dump(..., include_attributes=True).
# -*- coding: utf-8 -*-
import os.path as osp, sys
from . import (a, b as c,)
from ..x.y import *
from ... import z
x = 0x_ff + 0o17 + 0b1010 + 1_000_000 + 0 + 00 + 1.5 + 1. + .5 + 1e10 + 1E-5 + 1.5j + 10J + 0.0 + 1e400
y = 'a' "b" '''c''' """d""" r'\n' R"\d" u'ü' U"x"
yb = b'x\x00\xff' rb'\n' Br"y"
z = f'{x}' F"{y!r}" rf'{z}\n' fR"{x:>{y}}" f'{x=}' f'{ x = }' f"{x!a:^10}" f'{{}}' f'{x}{{' f"a{'b'}c"
é = "héllo wörld ✓ 𝔘"; ü = é + "é" ; s = "tab\there\\ 'q' \"dq\" \x07 \u2603 \U0001F600 \N{BULLET} \N{em dash}"
t = 'it\'s' ; u = "it's" ; v = 'say "hi"' ; w = 'both \' and "'
@dec
@dec.attr(1, *a, k=2, **kw)
async def f(a, /, b: int = 1, *args: *Ts, c, d=2, **kwargs) -> 'ret':
    global g
    nonlocal h
    async with a as b, c as (d, e):
        pass
    async for i, (j, k) in aiter():
        await x
    return [i async for i in y if i if not i]
class C(Base, metaclass=M):
    x: int = 1
    (y): str
    a.b: int
    a[0]: float = 2
    def m(self): return self
lambda: 0
lambda x, /, y=1, *z, w, **k: (x, y)
lambda *, k: k
x = [*a, *b]; y = {**a, 'k': 1, **b}; z = {*a, 1}; w = (*a, 1)
x[1:2, ::3, ...]; x[:, None]; x[a:b:c]; x[()]; x[*a]; x[*a, b]
a if b else c if d else e
not a and b or c and not d
a < b <= c != d == e > f >= g is h is not i in j not in k
-a ** -b ** c; ~a; +a; a @ b; a // b % c; a << b >> c & d ^ e | f
(yield); x = yield a, b; x = yield from y
del a, b.c, d[e], (f, g), [h]
assert x, "msg"
raise X from Y
raise
try:
    pass
except* ValueError as e:
    pass
except* (TypeError, KeyError):
    pass
else:
    pass
finally:
    pass
try:
    pass
except:
    pass
with (open(a) as f, open(b) as g,):
    pass
with (a, b):
    pass
with (a, b) as c:
    pass
with (yield):
    pass
while x := f():
    break
else:
    continue
for x in 1, 2, *a:
    pass
else:
    pass
if (n := 10) > 5: pass
elif x: pass
else: pass
print(f(x for x in y), g(*a, **b), h(a=1)(b=2)[c].d)
x = a.b.c.d(e)(f)[g][h:i]
x = a = b = c
x += 1; x -= 1; x *= 1; x @= 1; x /= 1; x %= 1; x &= 1; x |= 1; x ^= 1; x <<= 1; x >>= 1; x **= 1; x //= 1
x = \
    1 + \
    2
x = [
    1,
    2,   # comment
]
def g(): yield
def h(*, a=1, b): pass
def k(a=1, /, b=2): pass
def kk(a, b, /): pass
print(*args, sep='')
{k: v for k, v in x.items() if k}
{x for x in y}
[x for x in y for y in z]
(x for x in y)
x = ...
x = (1,)
x = 1,
x = ()
x = []
x = {}
if True: x = 1; y = 2;
match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0) | Point(1, 2, z=3):
        pass
    case {"key": value, **rest}:
        pass
    case [1, 2, *rest] if rest:
        pass
    case (1 | 2 | 3) as n:
        pass
    case -1 | 1.5 | -2j | 1 + 2j | -1 - 2j | "s" "t" | b"b" | None | True | False:
        pass
    case a.b.c:
        pass
    case _:
        pass
    case (x, y,):
        pass
    case ():
        pass
    case []:
        pass
    case {}:
        pass
    case {1: _, "a": [*_]}:
        pass
    case *a, b:
        pass
match = 1
match.x = 2
match(x)
case = 3
_ = 4
print(match, case)
match x, y:
    case 1, 2: pass
match (x):
    case C(): pass
