# Deep structures through json, the trashcan (a 1,000,000-long chain, a 200,000-deep dict),
# comparisons, gc, closures, frozensets, isinstance/issubclass over nested tuples, and overflow
# errors: each the same result or Python exception as in CPython.
import sys, json, gc
def t(label, f):
    try:
        r = f()
        print(label, 'ok', r if len(repr(r)) < 60 else type(r).__name__)
    except BaseException as e:
        print(label, type(e).__name__, str(e)[:80])
t('json loads deep', lambda: json.loads('[' * 100000 + ']' * 100000))
t('json loads 500', lambda: len(json.loads('[' * 500 + ']' * 500)))
class Node:
    def __init__(self, nxt): self.nxt = nxt
def chain(n):
    h = None
    for _ in range(n): h = Node(h)
    return h
h = chain(1000000)
t('del chain', lambda: globals().pop('h') and None)
d = {}
for _ in range(200000): d = {'k': d}
t('dict eq deep', lambda: d == d)
t('del deep dict', lambda: globals().pop('d') and None)
l = []
for _ in range(100000): l = [l, l] if False else [l]
t('gc deep', lambda: gc.collect() >= 0)
t('sorted deep lists', lambda: sorted([l, l]) is not None)
t('in deep', lambda: [1] in [l])
t('list eq deep', lambda: [l] == [l[0] if l else l])
del l
fs = []
f = lambda: 0
for _ in range(50000):
    f = (lambda g: lambda: g())(f)
t('closure chain call', lambda: f())
del f
s = set()
t('frozenset nest', lambda: hash(__import__('functools').reduce(lambda a, _: frozenset([a]), range(100000), frozenset())) is not None)
t('isinstance deep tuple', lambda: isinstance(1, __import__('functools').reduce(lambda a, _: (a,), range(100000), int)))
t('issubclass deep tuple', lambda: issubclass(int, __import__('functools').reduce(lambda a, _: (a,), range(100000), int)))
class Deep:
    pass
t('str format deep', lambda: len('{}'.format([[[[1]]]])))
t('int huge shift', lambda: 1 << (2 ** 40))
t('float overflow', lambda: 2.0 ** 10000)
t('math overflow', lambda: __import__('math').exp(1000))
t('range huge index', lambda: range(2 ** 64)[2 ** 63])
t('list mul overflow', lambda: [1] * (2 ** 63))
t('str join huge', lambda: len(''.join(['a'] * 10 ** 6)))
print('end')
