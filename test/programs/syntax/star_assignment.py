# Starred assignment targets.
a, *b, c = range(6)
print(a, b, c)
*head, tail = "hello"
print(head, tail)
first, *rest = [1]
print(first, rest)
(x, y), *z = (1, 2), 3, 4
print(x, y, z)
for p, *q in [(1, 2, 3), (4,)]:
    print(p, q)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
