# operator: functions, in-place forms, getters, methodcaller, reprs, errors
import operator as op

print(op.lt(1, 2), op.le(2, 2), op.eq(1, 1.0), op.ne(1, 2), op.ge(1, 2), op.gt(3, 2))
print(op.not_(0), op.truth('x'), op.is_(None, None), op.is_not(1, None))
print(op.abs(-3), op.add(1, 2), op.and_(6, 3), op.floordiv(7, 2), op.index(7), op.inv(5), op.invert(0))
print(op.lshift(1, 4), op.mod(7, 3), op.mul(3, 4), op.neg(5), op.or_(4, 1), op.pos(-2), op.pow(2, 10))
print(op.rshift(64, 2), op.sub(5, 7), op.truediv(7, 2), op.xor(5, 1), op.concat("ab", "cd"))
print(op.contains([1, 2], 2), op.countOf([1, 2, 1], 1), op.indexOf((4, 5), 5), op.getitem("abc", 1))
lst = [1, 2, 3]
op.setitem(lst, 0, 9)
op.delitem(lst, 1)
print(lst, op.length_hint([1, 2]), op.length_hint(iter(range(5))), op.length_hint(object(), 7))
a = [1]
print(op.iadd(a, [2]) is a, a, op.iadd(1, 2), op.isub(5, 1), op.imul("ab", 2), op.iconcat([1], (2,)))
print(op.ior({1}, {2}), op.iand(6, 3), op.ixor(6, 3), op.ilshift(1, 2), op.irshift(8, 1), op.imod(9, 4))
print(op.ifloordiv(9, 2), op.itruediv(9, 2), op.ipow(3, 2))
for bad in [lambda: op.concat(1, 2), lambda: op.index("1"), lambda: op.indexOf([1], 5)]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
ig = op.itemgetter(1)
ig2 = op.itemgetter(0, -1)
ag = op.attrgetter('real')
ag2 = op.attrgetter('__class__.__name__', 'imag')
mc = op.methodcaller('split', ',', maxsplit=1)
print(ig([5, 6]), ig2("xyz"), ag(3), ag2(4j), mc("a,b,c"))
print(ig, ig2, ag, ag2, mc, op.methodcaller('lower'))
rows = [('b', 2), ('a', 3), ('c', 1)]
print(sorted(rows, key=op.itemgetter(1)), sorted(rows, key=op.itemgetter(0)), max(rows, key=op.itemgetter(1)))
for bad in [lambda: op.attrgetter(1), lambda: op.methodcaller(1)]:
    try:
        bad()
    except TypeError as e:
        print(e)
print(op.__add__ is op.add, op.__getitem__ is op.getitem, op.call(max, 3, 9))
print(sorted(op.__all__) == sorted(set(op.__all__)), len(op.__all__))
