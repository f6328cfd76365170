# Common list methods.
l = [3, 1, 2]
l.append(4); l.extend([5, 6]); l.insert(0, 0); l.insert(100, 99); l.insert(-1, 98)
print(l)
print(l.pop(), l.pop(0), l.pop(-2), l)
l.remove(3)
print(l, l.index(2), l.count(1), 5 in l)
l.reverse()
print(l)
l.sort()
print(l, l.copy() == l, l.copy() is l)
l.clear()
print(l, len(l))
for bad in [lambda: [].pop(), lambda: [1].remove(2), lambda: [1].index(3)]:
    try:
        bad()
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print([1, 2] * 3, [[0]] * 2, [1, 2] == [1, 2], [1, 2] < [1, 3], list("ab"), list(range(3)))
