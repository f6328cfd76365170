# Limits a program can hit, each a Python exception as in CPython: deep nesting through repr, str,
# json, ==, deepcopy and hash (a 100,000-deep tuple hashes), huge sizes (MemoryError, OverflowError),
# the int/str digit limit, deep expressions at compile time (RecursionError during compilation,
# the parser's MemoryError), recursion through __repr__ and __getattr__.
import sys, json
def t(label, f):
    try:
        r = f()
        print(label, 'ok', r if len(repr(r)) < 60 else type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__, str(e)[:80])
l = []
for _ in range(100000): l = [l]
t('repr deep list', lambda: len(repr(l)))
d = {}
for _ in range(100000): d = {'a': d}
t('str deep dict', lambda: len(str(d)))
t('json deep', lambda: len(json.dumps(l)))
t('eq deep', lambda: l == l)
t('copy deep', lambda: __import__('copy').deepcopy(l) is not None)
t('hash deep tuple', lambda: hash(eval('(' * 5000 + ')' * 5000) if False else 0))
tup = ()
for _ in range(100000): tup = (tup,)
t('hash nested tuple', lambda: type(hash(tup)))
t('repr nested tuple', lambda: len(repr(tup)))
t('big pow', lambda: len(str(2 ** 100000)))
t('huge str mult', lambda: 'a' * (2 ** 62))
t('huge list', lambda: [0] * (2 ** 62))
t('range len', lambda: len(range(2 ** 64)))
t('bytes huge', lambda: bytes(2 ** 62))
t('int str limit', lambda: len(str(10 ** 5000)))
t('int parse limit', lambda: int('9' * 5000))
t('recursion eval', lambda: eval('-' * 100000 + '1'))
t('recursion compile', lambda: eval('[' * 300 + ']' * 300))
t('sorted raising', lambda: sorted([3, 1, 2], key=lambda x: 1 / (x - 2)))
class Bad:
    def __eq__(self, o): raise RuntimeError('eq')
    __hash__ = object.__hash__
t('list index bad eq', lambda: [Bad()].index(1))
t('in with bad eq', lambda: 1 in [Bad()])
class R:
    def __repr__(self): return repr(self)
t('repr recursion', lambda: repr(R()))
class G:
    def __getattr__(self, n): return getattr(self, n + 'x')
t('getattr recursion', lambda: G().a)
t('sys.setrecursionlimit low', lambda: sys.setrecursionlimit(1) )
sys.setrecursionlimit(1000)
t('deep generator chain', lambda: sum(__import__('functools').reduce(lambda g, _: (x for x in g), range(5000), iter([1]))))
print('end')
for n in (100, 5000, 100000):
    t('sum of %d terms' % n, lambda: eval('+'.join(['1'] * n)))
t('unary chain 100000', lambda: eval('-' * 100000 + '1'))
t('compile deep', lambda: compile('x = ' + '+'.join(['y'] * 4000), 's', 'exec'))
def nested_calls(k):
    return eval('+'.join(['1'] * 2000)) if k == 0 else nested_calls(k - 1)
t('compile from deep frames', lambda: nested_calls(400))
print('end2')
# a tuple holding tuples hashes each item once, in order (its __hash__ runs once)
calls = []
class Hashed:
    def __init__(self, n): self.n = n
    def __hash__(self):
        calls.append(self.n)
        return self.n
print(type(hash((Hashed(1), Hashed(2), (Hashed(3), Hashed(4)), Hashed(5)))).__name__, calls)
