# everyday functools: reduce pipelines, partial for callbacks, composition
import functools
import operator

def compose(*fs):
    return functools.reduce(lambda f, g: lambda x: f(g(x)), fs)
inc = functools.partial(operator.add, 1)
dbl = functools.partial(operator.mul, 2)
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
print(functools.reduce(operator.or_, [{1}, {2}, {3, 1}]), functools.reduce(max, [3, 9, 2]))
print(functools.reduce(lambda acc, w: acc + len(w), "the quick brown".split(), 0))
flatten = functools.partial(functools.reduce, operator.concat)
print(flatten([[1], [2, 3], [4]]))
callbacks = [functools.partial(print, "cb", i, sep='-') for i in range(3)]
for cb in callbacks:
    cb()
basetwo = functools.partial(int, base=2)
basetwo.__doc__ = 'Convert base 2 string to an int.'
print(basetwo('10010'), basetwo.__doc__, basetwo.keywords)
pow2 = functools.partial(pow, exp=2)
print(list(map(pow2, range(5))))
print(functools.reduce(lambda a, b: a * 10 + b, range(1, 6)))
try:
    functools.reduce(operator.add, iter([]))
except TypeError as e:
    print(e)
print(functools.reduce(operator.add, [[1], [2]], []))
