# deque iteration: mutation during iteration, reversed, recursion in repr, class_getitem
from collections import deque
d2 = deque([1, 2])
it = iter(d2)
next(it)
d2.append(3)
try:
    next(it)
except RuntimeError as e:
    print(e)
d = deque('abcde')
print(list(reversed(d)), list(d), [x for x in d if x > 'b'])
d.append(d)
print(d)
print(deque[int])
class MyDeque(deque):
    pass
m = MyDeque([1, 2], maxlen=3)
print(m, type(m.copy()).__name__, isinstance(m, deque))
try:
    hash(deque())
except TypeError:
    print('unhashable')
print(deque(x * x for x in range(5)))
