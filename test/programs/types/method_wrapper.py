import sys, gc
w = (1).__add__
print(sys.getsizeof(w), sys.getsizeof([].append), gc.is_tracked(w), w.__self__, w.__name__, w.__qualname__, w.__objclass__)
print(gc.get_referents(w) == [int.__add__, 1], len(gc.get_referents(w)))
print(repr(w)[:32]); print(sorted(x for x in dir(w) if x not in dir(object) and x != '__text_signature__'))
try: w.__module__
except Exception as e: print(type(e).__name__, e)
import weakref
try: weakref.ref(w)
except TypeError as e: print(e)
print((1).__add__ == (1).__add__, (1).__add__ == (1).__sub__, (1).__add__ != (1).__add__)
try: (1).__add__ < (1).__add__
except TypeError as e: print(e)
print(w(2), w.__call__(3))
print(type(w.__call__).__name__)
a = [1, 2]
print(a.__len__ == a.__len__, hash(a.__len__) == hash(a.__len__), {a.__len__: 1}[a.__len__])
print(a.append == a.append, {a.append: 2}[a.append], a.append != [].append)
print(len == len, len != abs, print.__self__)
for e in ['[].__getitem__()','{}.__getitem__()','{}.__contains__()','set().__contains__()','[].__sizeof__(1)','{}.__sizeof__(1)','(1).__sizeof__(1)','[].__getitem__(1,2)','[].__getitem__(x=1)','frozenset().__contains__([])','set().__contains__([])', 'set().__contains__({1})', 'list.__getitem__([1], 0)', 'dict.__contains__({}, [])', '{}.__getitem__([])', '[1,2,3].__getitem__(slice(1,None))', '{1:2}.__getitem__(1)', '[].__sizeof__()', '{}.__sizeof__()', 'set().__sizeof__()', '(5).__sizeof__()', '(2**100).__sizeof__()', 'divmod(7, 2)', '(7).__divmod__(2)', '(7.5).__rdivmod__(2)', 'int.__divmod__', 'float.__rdivmod__']:
  try: print(eval(e))
  except Exception as x: print(type(x).__name__, x)
class D(dict):
    def __missing__(self, k): return k * 2
print(D().__getitem__(4), dict.__getitem__(D(), 5))
class L(list): pass
print(L([1,2]).__getitem__(1), L.__getitem__ is list.__getitem__)
