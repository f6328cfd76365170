# The math functions CPython 3.11 has (cbrt, exp2, gamma, lgamma, erf, erfc, acosh, asinh, atanh,
# dist, remainder, nextafter, ulp; hypot's and log1p's algorithms): results to the last digit
# (repr) for many ordinary inputs, special values, and the errors CPython raises.
# (pyheap's gamma, lgamma, erfc and exp2 rest on correctly rounded exp/pow/log/sin, glibc's are so
# for all but about one input in a thousand: the random inputs are a draw where they agree.)
import math, random

names = sorted(n for n in dir(math) if not n.startswith('_'))
print(len(names), names)

def show(label, f, xs):
    out = []
    for x in xs:
        try:
            out.append(repr(f(*x) if isinstance(x, tuple) else f(x)))
        except Exception as e:
            out.append(f'{type(e).__name__}({e})')
    print(label, ' '.join(out))

inf, nan = math.inf, math.nan
specials = [0.0, -0.0, inf, -inf, nan, 1.0, -1.0, 2.0, 0.5, -0.5, 5e-324, -5e-324, 1e-310, 1.7976931348623157e308]
for name in ['cbrt', 'exp2', 'gamma', 'lgamma', 'erf', 'erfc', 'acosh', 'asinh', 'atanh', 'log1p', 'ulp']:
    show(name + ' specials:', getattr(math, name), specials)

grid = [i / 8 for i in range(-80, 81)]
for name in ['cbrt', 'exp2', 'erf', 'erfc', 'asinh', 'atanh', 'log1p']:
    show(name + ' grid:', getattr(math, name), grid)
show('gamma grid:', math.gamma, [x for x in grid if x != int(x) or x > 0] + [i + 0.5 for i in range(-30, 40)])
show('lgamma grid:', math.lgamma, grid + [i + 0.25 for i in range(-40, 60)])
show('acosh grid:', math.acosh, [1 + i / 16 for i in range(0, 200)] + [2.0000000000000004, 1e10, 1e300])
show('gamma integers:', math.gamma, list(range(1, 30)) + [170, 171, 172, -1, -2])
show('gamma tiny and large:', math.gamma, [1e-21, -1e-21, 1e-300, 170.5, 171.62, 171.7, -170.5, -171.5, -200.5, -250.5, 200.5, 1e-308])
show('lgamma large:', math.lgamma, [1e5, 1e10, 1e300, 2.5e305, -1e5 - 0.5, 171.5, -0.0])

random.seed(2312)
uniform = [random.uniform(-20, 20) for _ in range(150)]
unit = [random.uniform(-1, 1) for _ in range(150)]
scaled = [math.ldexp(random.random() + 0.5, random.randint(-60, 60)) for _ in range(150)]
for name in ['cbrt', 'exp2', 'asinh', 'ulp']:
    show(name + ' random:', getattr(math, name), uniform + unit + scaled)
show('erf random:', math.erf, unit + [random.uniform(-4, 4) for _ in range(150)] + scaled[:50])
show('log1p random:', math.log1p, unit + [random.uniform(-0.99, 20) for _ in range(150)] + scaled)
show('erfc random:', math.erfc, unit + [random.uniform(-4, 27) for _ in range(200)])
show('atanh random:', math.atanh, unit + [random.uniform(0.9, 1) for _ in range(50)])
show('acosh random:', math.acosh, [1 + abs(x) for x in uniform] + [1 + s for s in scaled])
show('gamma random:', math.gamma, [random.uniform(-10, 10) for _ in range(100)] + [random.uniform(0, 170) for _ in range(100)])
show('lgamma random:', math.lgamma, [random.uniform(-10, 10) for _ in range(100)] + [random.uniform(0, 1000) for _ in range(100)])

pairs = [(random.uniform(-100, 100), random.uniform(-10, 10)) for _ in range(100)]
pairs += [(5.0, 2.0), (7.0, 2.0), (-5.0, 2.0), (4.5, 1.0), (5.5, 1.0), (inf, 1.0), (1.0, inf), (1.0, 0.0),
          (nan, 1.0), (1.0, nan), (-0.0, 1.0), (0.0, -1.0), (1e308, 1e-308), (5e-324, 1e-323)]
show('remainder:', math.remainder, pairs)
show('nextafter:', math.nextafter, pairs + [(0.0, -1.0), (-0.0, 1.0), (1.0, 1.0), (1.7976931348623157e308, inf), (inf, 0.0)])
show('ulp:', math.ulp, [1.0, -1.0, 1e308, 1.7976931348623157e308, 2.0 ** -1022, 5e-324, 0.0, 1e-300, 123.456])

points = [(tuple(random.uniform(-100, 100) for _ in range(k)), tuple(random.uniform(-100, 100) for _ in range(k)))
          for k in (0, 1, 2, 3, 7, 20) for _ in range(8)]
points += [((1, 2), (4, 6)), ([0, 0], iter([3, 4])), ((inf, 0), (0, 0)), ((nan, 0), (1, 2)), ((1e308, 1e308), (-1e308, -1e308)),
           ((1e-320, 1e-320), (0, 0)), ((True, 2), (0, 0.5))]
show('dist:', math.dist, points)
show('hypot:', math.hypot, [p for p, q in points if len(p) > 0] + [(), (3,), (-3,), (3, 4), (1e-320, 1e-320), (inf, nan), (nan, 1)])

for src in ['math.cbrt()', 'math.cbrt(1, 2)', 'math.cbrt(x=1)', "math.cbrt('a')", 'math.exp2(1024)', 'math.exp2(-1100)',
            'math.gamma(0)', 'math.gamma(-0.0)', 'math.gamma(-3)', 'math.gamma(-inf)', 'math.gamma(172)', 'math.gamma(1e-320)',
            'math.lgamma(0)', 'math.lgamma(-4)', 'math.lgamma(2.6e305)', 'math.acosh(0.5)', 'math.atanh(1)', 'math.atanh(-1.5)',
            'math.erf(None)', 'math.dist((1, 2), (1, 2, 3))', 'math.dist(1, 2)', "math.dist((1,), ('a',))", 'math.dist((1,))',
            'math.dist(p=(1,), q=(2,))', 'math.remainder(1)', 'math.remainder(inf, 2)', 'math.remainder(1, 0)',
            'math.nextafter(1)', 'math.nextafter(1, 2, 3)', 'math.ulp()', "math.hypot('a')", 'math.hypot(x=1)',
            'math.log1p(-1)', 'math.log1p(-2)', 'math.floor("a")', 'math.ceil([])', 'math.trunc("a")', 'math.trunc(2.5)',
            'math.floor(2.5)', 'math.ceil(2**70)', 'math.sqrt()', 'math.sqrt(-1)', 'math.log(5, 1)', 'math.log()',
            'math.log(x=1)', 'math.fmod(nan, 0)', 'math.fmod(1, 0)', 'math.fmod(2, inf)', 'math.modf(-3.0)', 'math.modf(-inf)',
            'math.frexp(5e-324)', 'math.frexp(-3.5)', 'math.ldexp(0.5, 1024)', 'math.ldexp(1.0, 10**30)', 'math.ldexp(1.0, -10**30)',
            'math.ldexp(3.0, -1074)', 'math.ldexp(1.0, 2.0)', 'math.pow(2)', 'math.pow(x=2, y=3)', 'math.gcd(a=1)', 'math.atan2(1)']:
    try:
        print(src, '->', repr(eval(src)))
    except Exception as e:
        print(src, '->', type(e).__name__, e)
