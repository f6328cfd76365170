# KeyError and IndexError from d[k], lst[i] and tup[i], which the loop raises without a JS throw
# for exact dicts, lists and tuples: the same exceptions, contexts, line numbers, refcounts and
# frees as any other raise; and the paths it leaves to the types (subclasses, bools, big ints,
# slices, unhashable keys, keys whose __eq__ raises).
import sys

d = {'a': 1, 2: 'two'}
lst = [10, 20, 30]
tup = (1, 2)

def show(f):
    try:
        r = f()
    except Exception as e:
        print(type(e).__name__, e.args, e.__context__, e.__traceback__.tb_next.tb_lineno)
    else:
        print('ok', r)

show(lambda: d['a'])
show(lambda: d['b'])
show(lambda: d[3])
show(lambda: d[(1, 2)])
show(lambda: d[[1]])
show(lambda: lst[2])
show(lambda: lst[3])
show(lambda: lst[-3])
show(lambda: lst[-4])
show(lambda: lst[True])
show(lambda: lst[2 ** 70])
show(lambda: lst[-2 ** 70])
show(lambda: lst[1:])
show(lambda: lst['x'])
show(lambda: tup[1])
show(lambda: tup[2])
show(lambda: tup[-3])
show(lambda: ()[0])
show(lambda: [][0])

class Missing(dict):
    def __missing__(self, key):
        return key * 2

show(lambda: Missing()[21])

class MyList(list):
    pass

show(lambda: MyList([1])[5])

class BadEq:
    def __hash__(self):
        return hash('a')
    def __eq__(self, other):
        raise RuntimeError('eq')

show(lambda: d[BadEq()])

# the key's count: the KeyError holds it in args while alive, and lets it go when it is freed
key = object()
print(sys.getrefcount(key))
try:
    d[key]
except KeyError as e:
    print(sys.getrefcount(key), e.args[0] is key)
print(sys.getrefcount(key))

# __del__ of the key runs when the KeyError goes at the end of the except block
class Noisy:
    def __hash__(self):
        return 7
    def __del__(self):
        print('Noisy freed')

try:
    d[Noisy()]
except KeyError:
    print('caught')
print('after')

# contexts and a raise inside the handler
try:
    try:
        lst[99]
    except IndexError:
        d['nope']
except KeyError as e:
    print(repr(e), repr(e.__context__))

# in a loop: memoization by KeyError
cache = {}
def fib(n):
    try:
        return cache[n]
    except KeyError:
        r = n if n < 2 else fib(n - 1) + fib(n - 2)
        cache[n] = r
        return r
print(fib(80), len(cache))

total = 0
for i in range(2000):
    try:
        total += lst[i % 5]
    except IndexError:
        total -= 1
print(total)

# uncaught: the traceback's line and the last stderr line
def lookup(m, k):
    return m[k]

lookup(d, 'zz')
