# deque: construction, maxlen, repr, both ends, indexing, errors
from collections import deque
d = deque([1, 2, 3], maxlen=5)
print(d, deque(), deque('ab'), repr(deque(maxlen=2)), d.maxlen, deque().maxlen)
try:
    d.maxlen = 3
except AttributeError as e:
    print(e)
try:
    d['a']
except TypeError as e:
    print(e)
try:
    d[10]
except IndexError as e:
    print(e)
for f in (deque().pop, deque().popleft):
    try:
        f()
    except IndexError as e:
        print(e)
try:
    deque([1]).remove(2)
except ValueError as e:
    print(e)
try:
    deque([1]).index(2)
except ValueError as e:
    print(e)
try:
    deque([1], maxlen=1).insert(0, 1)
except IndexError as e:
    print(e)
try:
    deque(maxlen=-1)
except ValueError as e:
    print(e)
q = deque(range(10), maxlen=4)
q.append(10)
q.appendleft(-1)
print(q, q[0], q[-1], len(q))
q.rotate(1); print(q)
q.rotate(-2); print(q)
q.reverse(); print(q)
q.extendleft([7, 8]); print(q)
q = deque()
for i in range(30):
    q.appendleft(i)
for i in range(20):
    q.popleft()
print(q, q.count(3), 3 in q, q.index(2), bool(q), bool(deque()))
q.insert(1, 'x')
del q[0]
q[0] = 'y'
print(q, q == deque(['y', 8, 7, 6, 5, 4, 3, 2, 1, 0]), q * 2, q + deque([9]), list(reversed(q)))
print(deque([1, 2]) < deque([1, 3]), deque([[1]]), q.copy(), q.__copy__())
q.clear(); print(q, len(q))
r = deque([1, 2, 3])
r.extend(r); print(r)
r += [4]; print(r)
r *= 2; print(r)
r.remove(4); print(r)
big = deque(maxlen=3)
for i in range(100):
    big.append(i)
print(big)
big.extendleft(range(5)); print(big)
