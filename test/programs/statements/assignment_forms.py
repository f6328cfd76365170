# Chained, tuple/list unpacking and swap assignments.
a = b = c = [1]
print(a is b is c, a)
x, y = 1, 2
x, y = y, x
print(x, y)
[p, q], r = (3, 4), 5
print(p, q, r)
(m, n) = [m2, n2] = "ab"
print(m, n, m2, n2)
i = 0
lst = [10, 20, 30]
i, lst[i] = 1, 99
print(i, lst)
try:
    u, v = [1, 2, 3]
except ValueError as e:
    print(e)
try:
    u, v, w = 1, 2
except ValueError as e:
    print(e)
