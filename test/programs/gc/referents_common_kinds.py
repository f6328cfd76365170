# gc.get_referents and gc.is_tracked of the common kinds of object, in CPython's traverse order
# (functions: code, globals, builtins, module, defaults, doc, name, dict, closure, qualname; super:
# obj, type, obj_type; filter: iterator, function; a property's doc as 3.11 keeps it; the __dict__
# classmethod(f) and staticmethod(f) fill from f).
import gc, sys, weakref, functools
def names(o):
    try:
        return [type(r).__name__ for r in gc.get_referents(o)]
    except Exception as e:
        return type(e).__name__
class K:
    cv = 1
    def m(self): return 1
    @property
    def p(self): return 1
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
k = K(); k.a = [1]
def outer():
    x = [1]
    def inner(): return x
    return inner
inner = outer()
objs = {
    'list': [1, 'a', None], 'dict': {'a': [1]}, 'set': {1, 2.5}, 'frozenset': frozenset({1}),
    'instance': k, 'class': K, 'function': outer, 'closure': inner, 'cell': inner.__closure__[0],
    'bound method': k.m, 'property': K.__dict__['p'], 'classmethod': K.__dict__['c'], 'staticmethod': K.__dict__['s'],
    'module': sys.modules['functools'] if False else None,
    'enumerate': enumerate([1]), 'zip': zip([1], [2]), 'map': map(str, [1]), 'filter': filter(None, [1]), 'reversed': reversed([1]),
    'list_iterator': iter([1]), 'dict_keyiter': iter({1: 2}), 'range_iter': iter(range(3)), 'slice': slice(1, 2, 3),
    'exception': ValueError('x'), 'super': super(K, k), 'weakref': weakref.ref(K),
    'dict_keys': {1: 2}.keys(), 'dict_items': {1: 2}.items(), 'bytearray': bytearray(b'a'), 'str': 'abc', 'int': 10**20,
    'type': type, 'object': object(), 'mappingproxy': K.__dict__, 
    'frame': sys._getframe(), 'code': outer.__code__, 
    'getset_descriptor': type.__dict__['__dict__'] if False else None, 'NoneType': None,
}
for name, o in objs.items():
    if o is None: continue
    print(name, gc.is_tracked(o), names(o))
try:
    raise KeyError('k')
except KeyError as e:
    print('exception with tb', names(e))
    print('traceback', names(e.__traceback__))

import sys
def f(): 'doc'
before = sys.getrefcount(f)
c = classmethod(f)
print(sys.getrefcount(f) - before, c.__dict__, c.__wrapped__ is f, c.__doc__, c.__name__, c.__qualname__)
s = staticmethod(f)
print(sorted(s.__dict__), sys.getrefcount(f) - before)
c.extra = 5; print(c.extra, 'extra' in c.__dict__)
def g(self): 'gdoc'
for p in (property(), property(None, None, None, None), property(f), property(g), property(f, doc='d'), property(g, doc=None)):
    print(names(p), repr(p.__doc__))
import abc
class WithAbstract:
    @abc.abstractclassmethod
    def am(cls): pass
import re
def norm(s): return re.sub(r'0x[0-9a-f]+', '0xADDR', s)
print(norm(repr(c)), norm(repr(s)), norm(repr(WithAbstract.__dict__['am'])))
